using System.Net;

namespace FlexFabricSim.Boot.Lab;

/// <summary>An IPv6 router on the lab network answering router solicitations with a prefix.</summary>
public sealed record LabRouterDefinition
{
    /// <summary>The advertised on-link prefix (a /64 for SLAAC).</summary>
    public required IPAddress Prefix { get; init; }

    /// <summary>The prefix length.</summary>
    public int PrefixLength { get; init; } = 64;

    /// <summary>The prefix's autonomous flag: hosts form a SLAAC address from it; false leaves them with their link-local address.</summary>
    public bool Autonomous { get; init; } = true;

    /// <summary>The Managed flag: addresses come from DHCPv6 (stateful).</summary>
    public bool Managed { get; init; }

    /// <summary>Whether the router answers solicitations at all.</summary>
    public bool Answers { get; init; } = true;
}
