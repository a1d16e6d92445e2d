namespace FlexFabricSim.Net.Errors;

/// <summary>Why a UDP datagram (RFC 768) was rejected by its decoder.</summary>
public enum UdpFormatReason
{
    /// <summary>Shorter than the 8-byte header.</summary>
    Truncated,

    /// <summary>The length field is below 8 or beyond the IP payload.</summary>
    BadLength,

    /// <summary>The checksum over the pseudo-header and datagram does not verify.</summary>
    BadChecksum,

    /// <summary>Checksum is zero over IPv6, where it is mandatory (RFC 8200 §8.1).</summary>
    MissingChecksum,
}
