namespace FlexFabricSim.Net.Errors;

/// <summary>Why an ICMPv4 message (RFC 792) was rejected by its decoder.</summary>
public enum IcmpFormatReason
{
    /// <summary>Shorter than the 8-byte ICMP header.</summary>
    Truncated,

    /// <summary>The ICMP checksum does not verify.</summary>
    BadChecksum,
}
