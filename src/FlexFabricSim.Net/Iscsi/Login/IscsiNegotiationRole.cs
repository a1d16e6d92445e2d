namespace FlexFabricSim.Net.Iscsi.Login;

/// <summary>Which end of a login a negotiator speaks for.</summary>
public enum IscsiNegotiationRole
{
    /// <summary>The initiator.</summary>
    Initiator,

    /// <summary>The target.</summary>
    Target,
}
