namespace FlexFabricSim.Net.Errors;

/// <summary>Why an ARP packet (RFC 826) was rejected by its decoder.</summary>
public enum ArpFormatReason
{
    /// <summary>Shorter than the 28-byte Ethernet/IPv4 ARP packet.</summary>
    Truncated,

    /// <summary>Hardware type is not Ethernet (1).</summary>
    UnsupportedHardwareType,

    /// <summary>Protocol type is not IPv4 (0x0800).</summary>
    UnsupportedProtocolType,

    /// <summary>Hardware or protocol address length is not 6 and 4.</summary>
    BadAddressLength,

    /// <summary>Operation is neither request (1) nor reply (2).</summary>
    UnsupportedOperation,
}
