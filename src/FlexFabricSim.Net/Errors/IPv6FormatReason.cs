namespace FlexFabricSim.Net.Errors;

/// <summary>Why an IPv6 header or extension header chain (RFC 8200) was rejected by its decoder.</summary>
public enum IPv6FormatReason
{
    /// <summary>Shorter than the 40-byte header, the payload length, or an extension header it announces.</summary>
    Truncated,

    /// <summary>Version field is not 6.</summary>
    BadVersion,

    /// <summary>Payload length is larger than the frame carries.</summary>
    BadPayloadLength,

    /// <summary>A Fragment header is present; the pre-boot stack does not reassemble.</summary>
    FragmentsUnsupported,

    /// <summary>An extension header the stack cannot skip (for example a routing header with segments left).</summary>
    UnsupportedExtensionHeader,

    /// <summary>More extension headers than the decoder is willing to walk.</summary>
    TooManyExtensionHeaders,
}
