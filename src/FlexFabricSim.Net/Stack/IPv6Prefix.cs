namespace FlexFabricSim.Net.Stack;

/// <summary>A prefix learned from a router advertisement.</summary>
/// <param name="Prefix">The network and its length.</param>
/// <param name="OnLink">The L flag: destinations in it are reached directly.</param>
/// <param name="Autonomous">The A flag: SLAAC builds an address from it.</param>
/// <param name="ValidUntil">Stack time when the prefix expires.</param>
public sealed record IPv6Prefix(IPPrefix Prefix, bool OnLink, bool Autonomous, TimeSpan ValidUntil);
