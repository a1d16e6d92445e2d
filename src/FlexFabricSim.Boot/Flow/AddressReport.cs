using System.Net;
using FlexFabricSim.Boot.Os;

namespace FlexFabricSim.Boot.Flow;

/// <summary>What addressing produced: the initiator's address and where it came from, DNS, and the targets to try.</summary>
public sealed record AddressReport
{
    /// <summary>The initiator's address.</summary>
    public required IPAddress Address { get; init; }

    /// <summary>Its prefix length.</summary>
    public required int PrefixLength { get; init; }

    /// <summary>The default gateway, if any.</summary>
    public IPAddress? Gateway { get; init; }

    /// <summary>Primary and secondary DNS as the ROM will publish them (zeros when DHCP sent none, G p.8).</summary>
    public required IReadOnlyList<IPAddress> Dns { get; init; }

    /// <summary>The DHCP server that gave the lease, if any.</summary>
    public IPAddress? DhcpServer { get; init; }

    /// <summary>Where the address came from.</summary>
    public required InitiatorAddressOrigin Origin { get; init; }

    /// <summary>The initiator name the login will use (from the screen, the MAC, or DHCP sub-option 203).</summary>
    public required string InitiatorName { get; init; }

    /// <summary>The targets to try, 1st first; may be empty.</summary>
    public required IReadOnlyList<BootTarget> Targets { get; init; }

    /// <summary>The target with <paramref name="number"/>, or null.</summary>
    public BootTarget? Target(int number) => Targets.FirstOrDefault(t => t.Number == number);
}
