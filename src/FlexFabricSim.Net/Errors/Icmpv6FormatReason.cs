namespace FlexFabricSim.Net.Errors;

/// <summary>Why an ICMPv6 message or Neighbor Discovery option (RFC 4443, RFC 4861) was rejected by its decoder.</summary>
public enum Icmpv6FormatReason
{
    /// <summary>Shorter than the message type's fixed part.</summary>
    Truncated,

    /// <summary>The checksum over the IPv6 pseudo-header and message does not verify (RFC 4443 §2.3).</summary>
    BadChecksum,

    /// <summary>A Neighbor Discovery option has length zero or runs past the message (RFC 4861 §4.6).</summary>
    BadOptionLength,

    /// <summary>The code is not 0 where Neighbor Discovery requires it (RFC 4861 §6.1, §7.1).</summary>
    BadCode,

    /// <summary>A Prefix Information option has a prefix length above 128.</summary>
    BadPrefixLength,
}
