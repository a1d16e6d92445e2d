using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Ethernet;

namespace FlexFabricSim.Net.Dhcp6;

/// <summary>How the adapter's DHCPv6 client behaves: its identity, vendor class, what it asks for, and its timing.</summary>
public sealed record Dhcp6ClientOptions
{
    /// <summary>The Option Request the SPEC gives the card: vendor class, vendor options, DNS (16, 17, 23).</summary>
    public static readonly IReadOnlyList<Dhcp6OptionCode> DefaultOptionRequest =
        [Dhcp6OptionCode.VendorClass, Dhcp6OptionCode.VendorOptions, Dhcp6OptionCode.DnsServers];

    /// <summary>The simulated port's MAC, from which the DUID-LL and the IAID come.</summary>
    public required MacAddress MacAddress { get; init; }

    /// <summary>The DHCP Vendor ID sent in option 16 and matched against the server's option 16 (G p.11).</summary>
    public string VendorId { get; init; } = IscsiBootVendor.BroadcomVendorId;

    /// <summary>The enterprise number the client writes in option 16 (SPEC: 4413); any number is accepted on input.</summary>
    public uint EnterpriseNumber { get; init; } = IscsiBootVendor.BroadcomEnterpriseNumber;

    /// <summary>
    /// How the server's vendor-class data is compared with <see cref="VendorId"/>; a prefix, as Broadcom's DHCPv6 code does (SPEC, source
    /// U).
    /// </summary>
    public VendorIdMatching VendorIdMatching { get; init; } = VendorIdMatching.Prefix;

    /// <summary>Option 6.</summary>
    public IReadOnlyList<Dhcp6OptionCode> OptionRequest { get; init; } = DefaultOptionRequest;

    /// <summary>Retransmission timing and attempt counts.</summary>
    public Dhcp6RetransmissionPolicy Retransmission { get; init; } = Dhcp6RetransmissionPolicy.Default;

    /// <summary>The client's DUID: DUID-LL of <see cref="MacAddress"/>.</summary>
    public Dhcp6Duid Duid => Dhcp6Duid.FromLinkLayer(MacAddress);

    /// <summary>The IA_NA's IAID: the MAC's last four bytes, stable across boots (RFC 8415 §12: consistent across restarts).</summary>
    public uint Iaid => (uint)(MacAddress.Value & 0xFFFF_FFFF);
}
