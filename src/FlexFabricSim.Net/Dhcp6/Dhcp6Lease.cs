using System.Net;
using FlexFabricSim.Net.Dhcp;

namespace FlexFabricSim.Net.Dhcp6;

/// <summary>What the boot engine gets from a DHCPv6 exchange: the address and the iSCSI parameters, as plain values (G p.10-11).</summary>
/// <remarks>
/// DHCPv6 gives neither prefix length nor router: both come from Router Advertisements (RFC 8415 §21.6, RFC 4861). Built from
/// the Reply; an option the Reply lacks is taken from the Advertise it answers.
/// </remarks>
public sealed record Dhcp6Lease
{
    /// <summary>The assigned address (IA Address of the IA_NA).</summary>
    public required IPAddress Address { get; init; }

    /// <summary>The address's preferred lifetime; <see cref="Timeout.InfiniteTimeSpan"/> for infinity.</summary>
    public TimeSpan PreferredLifetime { get; init; }

    /// <summary>The address's valid lifetime; <see cref="Timeout.InfiniteTimeSpan"/> for infinity.</summary>
    public TimeSpan ValidLifetime { get; init; }

    /// <summary>Option 23, preferred first; empty when the server sent none.</summary>
    public IReadOnlyList<IPAddress> DnsServers { get; init; } = [];

    /// <summary>The DUID of the server that granted the lease.</summary>
    public required Dhcp6Duid ServerId { get; init; }

    /// <summary>The enterprise number of the server's option 16; null when it sent none.</summary>
    public uint? VendorClassEnterprise { get; init; }

    /// <summary>The server's option 16 data items as text; empty when it sent none.</summary>
    public IReadOnlyList<string> VendorClass { get; init; } = [];

    /// <summary>Whether a vendor-class item matched the DHCP Vendor ID, so option 17 was read for the iSCSI sub-options (G p.11).</summary>
    public bool VendorMatched { get; init; }

    /// <summary>The enterprise number of the option 17 that was read; null when none.</summary>
    public uint? VendorOptionsEnterprise { get; init; }

    /// <summary>Option 17 sub-option 201, the first target; null when absent or not vendor-matched.</summary>
    public OfferedRootPath? FirstTarget { get; init; }

    /// <summary>Option 17 sub-option 202, the second target; null when absent or not vendor-matched.</summary>
    public OfferedRootPath? SecondTarget { get; init; }

    /// <summary>Option 17 sub-option 203, the initiator's iSCSI name; null when absent or not vendor-matched.</summary>
    public string? InitiatorName { get; init; }

    /// <summary>Whether the server sent option 17 at all.</summary>
    public bool HasVendorOptions { get; init; }
}
