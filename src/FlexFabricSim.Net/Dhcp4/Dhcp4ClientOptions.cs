using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Ethernet;

namespace FlexFabricSim.Net.Dhcp4;

/// <summary>How the adapter's DHCPv4 client behaves: its identity, what it asks for, and its timing.</summary>
public sealed record Dhcp4ClientOptions
{
    /// <summary>The options the client asks for in option 55: the iSCSI boot set (G p.8-10) and the vendor class echo.</summary>
    public static readonly IReadOnlyList<Dhcp4OptionCode> DefaultParameterRequestList =
    [
        Dhcp4OptionCode.SubnetMask,
        Dhcp4OptionCode.Router,
        Dhcp4OptionCode.DomainNameServer,
        Dhcp4OptionCode.HostName,
        Dhcp4OptionCode.DomainName,
        Dhcp4OptionCode.RootPath,
        Dhcp4OptionCode.VendorSpecificInformation,
        Dhcp4OptionCode.VendorClassIdentifier,
    ];

    /// <summary>The simulated port's MAC: chaddr and the client identifier.</summary>
    public required MacAddress MacAddress { get; init; }

    /// <summary>The DHCP Vendor ID sent as option 60 and matched against the server's (G p.6).</summary>
    public string VendorId { get; init; } = IscsiBootVendor.BroadcomVendorId;

    /// <summary>How the server's option 60 is compared with <see cref="VendorId"/>.</summary>
    public VendorIdMatching VendorIdMatching { get; init; } = VendorIdMatching.Exact;

    /// <summary>Option 55.</summary>
    public IReadOnlyList<Dhcp4OptionCode> ParameterRequestList { get; init; } = DefaultParameterRequestList;

    /// <summary>
    /// Whether to send option 61 as hardware type 1 plus the MAC (RFC 2132 §9.14), as PXE-era ROMs do (*unverified* for this ROM).
    /// </summary>
    public bool SendClientIdentifier { get; init; } = true;

    /// <summary>Retransmission timing and attempt counts.</summary>
    public Dhcp4RetransmissionPolicy Retransmission { get; init; } = Dhcp4RetransmissionPolicy.Default;
}
