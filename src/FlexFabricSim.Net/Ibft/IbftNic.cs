using System.Net;
using FlexFabricSim.Net.Ethernet;

namespace FlexFabricSim.Net.Ibft;

/// <summary>The iBFT NIC structure's values (iBFT §3.6); IPv4 addresses are written as IPv4-mapped IPv6 (iBFT §2.1).</summary>
public sealed record IbftNic
{
    /// <summary>The NIC's IP address; null when none.</summary>
    public IPAddress? Address { get; init; }

    /// <summary>The subnet mask as a prefix length (24 for 255.255.255.0).</summary>
    public byte PrefixLength { get; init; }

    /// <summary>Where the address came from.</summary>
    public IbftAddressOrigin Origin { get; init; }

    /// <summary>The default gateway; null when none.</summary>
    public IPAddress? Gateway { get; init; }

    /// <summary>The primary DNS server; null when none.</summary>
    public IPAddress? PrimaryDns { get; init; }

    /// <summary>The secondary DNS server; null when none.</summary>
    public IPAddress? SecondaryDns { get; init; }

    /// <summary>The DHCP server that gave the address; null when static.</summary>
    public IPAddress? DhcpServer { get; init; }

    /// <summary>The VLAN id, 0 when untagged.</summary>
    public ushort VlanId { get; init; }

    /// <summary>The MAC address used on the wire.</summary>
    public required MacAddress MacAddress { get; init; }

    /// <summary>The NIC function's PCI address.</summary>
    public PciAddress PciAddress { get; init; }

    /// <summary>The host name; null when none.</summary>
    public string? HostName { get; init; }

    /// <summary>Flag bit 0: the structure holds valid data.</summary>
    public bool BlockValid { get; init; } = true;

    /// <summary>Flag bit 1: the firmware booted through this NIC.</summary>
    public bool FirmwareBootSelected { get; init; } = true;

    /// <summary>Flag bit 2: the address is global, not link-local.</summary>
    public bool IsGlobal { get; init; } = true;
}
