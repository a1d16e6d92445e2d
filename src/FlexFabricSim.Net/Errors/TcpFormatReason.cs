namespace FlexFabricSim.Net.Errors;

/// <summary>Why a TCP segment (RFC 9293) was rejected by its decoder.</summary>
public enum TcpFormatReason
{
    /// <summary>Shorter than the 20-byte header or the data offset it announces.</summary>
    Truncated,

    /// <summary>Data offset is below 5 words or beyond the segment.</summary>
    BadDataOffset,

    /// <summary>The checksum over the pseudo-header and segment does not verify.</summary>
    BadChecksum,

    /// <summary>An option's length byte is below 2, wrong for its kind, or runs past the header (RFC 9293 §3.2).</summary>
    BadOptionLength,
}
