namespace FlexFabricSim.Net.Dhcp4;

/// <summary>DHCPv4 option codes (RFC 2132) that the adapter sends, reads, or meets from real servers; values are wire values.</summary>
public enum Dhcp4OptionCode : byte
{
    /// <summary>Padding, no length byte (RFC 2132 §3.1).</summary>
    Pad = 0,

    /// <summary>Subnet mask, 4 bytes (RFC 2132 §3.3).</summary>
    SubnetMask = 1,

    /// <summary>Routers, a list of 4-byte addresses, preferred first (RFC 2132 §3.5).</summary>
    Router = 3,

    /// <summary>Domain name servers, a list of 4-byte addresses (RFC 2132 §3.8).</summary>
    DomainNameServer = 6,

    /// <summary>Host name (RFC 2132 §3.14).</summary>
    HostName = 12,

    /// <summary>Domain name (RFC 2132 §3.17).</summary>
    DomainName = 15,

    /// <summary>Root path; for iSCSI boot the RFC 4173 root path (RFC 2132 §3.19; G p.9).</summary>
    RootPath = 17,

    /// <summary>Broadcast address, 4 bytes (RFC 2132 §5.3); dnsmasq sends it unasked.</summary>
    BroadcastAddress = 28,

    /// <summary>Vendor-specific information; Broadcom's iSCSI sub-options 201-203 when option 60 matches (RFC 2132 §8.4; G p.10).</summary>
    VendorSpecificInformation = 43,

    /// <summary>Requested IP address, 4 bytes (RFC 2132 §9.1).</summary>
    RequestedIpAddress = 50,

    /// <summary>IP address lease time in seconds, 4 bytes (RFC 2132 §9.2).</summary>
    IpAddressLeaseTime = 51,

    /// <summary>Option overload: options continue in the file (1), sname (2) or both (3) fields (RFC 2132 §9.3).</summary>
    OptionOverload = 52,

    /// <summary>DHCP message type, 1 byte (RFC 2132 §9.6).</summary>
    MessageType = 53,

    /// <summary>Server identifier, 4 bytes (RFC 2132 §9.7).</summary>
    ServerIdentifier = 54,

    /// <summary>Parameter request list, one option code per byte (RFC 2132 §9.8).</summary>
    ParameterRequestList = 55,

    /// <summary>Message, text explaining a DHCPNAK (RFC 2132 §9.9).</summary>
    Message = 56,

    /// <summary>Maximum DHCP message size, 2 bytes, at least 576 (RFC 2132 §9.10).</summary>
    MaximumMessageSize = 57,

    /// <summary>Renewal (T1) time in seconds, 4 bytes (RFC 2132 §9.11); dnsmasq sends it unasked.</summary>
    RenewalTime = 58,

    /// <summary>Rebinding (T2) time in seconds, 4 bytes (RFC 2132 §9.12); dnsmasq sends it unasked.</summary>
    RebindingTime = 59,

    /// <summary>Vendor class identifier; the adapter sends its DHCP Vendor ID (<c>BRCM ISAN</c>) (RFC 2132 §9.13; G p.6).</summary>
    VendorClassIdentifier = 60,

    /// <summary>Client identifier, a type byte then the identifier (RFC 2132 §9.14).</summary>
    ClientIdentifier = 61,

    /// <summary>End of the options, no length byte (RFC 2132 §3.2).</summary>
    End = 255,
}
