using System.Net;
using FlexFabricSim.Net.Dhcp;

namespace FlexFabricSim.Net.Dhcp4;

/// <summary>What the boot engine gets from a DHCPv4 exchange: the address and the iSCSI parameters, as plain values (G p.8-10).</summary>
/// <remarks>Built from the DHCPACK; an option the ACK lacks is taken from the OFFER it answers (servers normally send the same
/// set).</remarks>
public sealed record Dhcp4Lease
{
    /// <summary>The assigned address (yiaddr).</summary>
    public required IPAddress Address { get; init; }

    /// <summary>Option 1; null when the server sent none.</summary>
    public IPAddress? SubnetMask { get; init; }

    /// <summary>The first router of option 3; null when none.</summary>
    public IPAddress? Router { get; init; }

    /// <summary>Option 6, preferred first; empty when the server sent none (the card then shows 0.0.0.0, G p.8).</summary>
    public IReadOnlyList<IPAddress> DnsServers { get; init; } = [];

    /// <summary>Option 54, the server that granted the lease.</summary>
    public required IPAddress ServerIdentifier { get; init; }

    /// <summary>Option 51; null when absent, <see cref="Timeout.InfiniteTimeSpan"/> for an infinite lease.</summary>
    public TimeSpan? LeaseTime { get; init; }

    /// <summary>Option 17, the root path (RFC 4173), with its parse result; null when absent.</summary>
    public OfferedRootPath? RootPath { get; init; }

    /// <summary>Option 60 as the server sent it; null when absent.</summary>
    public string? VendorClass { get; init; }

    /// <summary>
    /// Whether <see cref="VendorClass"/> matched the DHCP Vendor ID, so option 43 was read for the iSCSI sub-options (G p.6).
    /// </summary>
    public bool VendorMatched { get; init; }

    /// <summary>Option 43 sub-option 201, the first target; null when absent or not vendor-matched.</summary>
    public OfferedRootPath? FirstTarget { get; init; }

    /// <summary>Option 43 sub-option 202, the second target; null when absent or not vendor-matched.</summary>
    public OfferedRootPath? SecondTarget { get; init; }

    /// <summary>Option 43 sub-option 203, the initiator's iSCSI name; null when absent or not vendor-matched.</summary>
    public string? InitiatorName { get; init; }

    /// <summary>Why option 43 could not be read although the vendor matched; null when fine or not read.</summary>
    public string? VendorOptionsProblem { get; init; }

    /// <summary>Whether the server sent option 43 at all.</summary>
    public bool HasVendorOptions { get; init; }

    /// <summary>
    /// The prefix length of <see cref="SubnetMask"/> (leading one bits); null without a mask or for a non-contiguous one.
    /// </summary>
    public int? PrefixLength
    {
        get
        {
            if (SubnetMask is null)
            {
                return null;
            }
            var mask = System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(SubnetMask.GetAddressBytes());
            var length = System.Numerics.BitOperations.LeadingZeroCount(~mask);
            return length == 32 || mask << length == 0 ? length : null;
        }
    }

    /// <summary>
    /// The stack configuration the lease describes: address/prefix and the router as gateway (a missing mask counts as /32).
    /// </summary>
    public Stack.IPv4Configuration ToIPv4Configuration() => new(new IPPrefix(Address, PrefixLength ?? 32), Router);

    /// <inheritdoc />
    public bool Equals(Dhcp4Lease? other) =>
        other is not null && Address.Equals(other.Address) && Equals(SubnetMask, other.SubnetMask) && Equals(Router, other.Router)
        && DnsServers.SequenceEqual(other.DnsServers) && ServerIdentifier.Equals(other.ServerIdentifier) && LeaseTime == other.LeaseTime
        && Equals(RootPath?.Text, other.RootPath?.Text) && VendorClass == other.VendorClass && VendorMatched == other.VendorMatched
        && Equals(FirstTarget?.Text, other.FirstTarget?.Text) && Equals(SecondTarget?.Text, other.SecondTarget?.Text)
        && InitiatorName == other.InitiatorName && VendorOptionsProblem == other.VendorOptionsProblem
        && HasVendorOptions == other.HasVendorOptions;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Address, ServerIdentifier, RootPath?.Text, FirstTarget?.Text);
}
