using System.Net;

namespace FlexFabricSim.Net.Stack;

/// <summary>One IPv6 address of the host with its prefix, origin, DAD state and lifetime.</summary>
/// <param name="Address">The address.</param>
/// <param name="PrefixLength">Its prefix length (64 for link-local and SLAAC).</param>
/// <param name="Origin">Where it came from.</param>
/// <param name="State">Tentative, preferred or duplicate.</param>
/// <param name="ValidUntil">Stack time when it expires, or null for never.</param>
public sealed record IPv6InterfaceAddress(IPAddress Address, int PrefixLength, IPv6AddressOrigin Origin, IPv6AddressState State, TimeSpan? ValidUntil)
{
    /// <summary>Whether the address may be used as a source and receives unicast.</summary>
    public bool IsUsable => State == IPv6AddressState.Preferred;

    /// <inheritdoc />
    public override string ToString() => $"{Address}/{PrefixLength} ({Origin}, {State})";
}
