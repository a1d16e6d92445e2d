namespace FlexFabricSim.Net.Iscsi.Initiator;

/// <summary>A target a SendTargets answer named, with the portals it can be reached at (RFC 7143 App. C).</summary>
public sealed record IscsiDiscoveredTarget(string Name, IReadOnlyList<IscsiPortal> Portals);
