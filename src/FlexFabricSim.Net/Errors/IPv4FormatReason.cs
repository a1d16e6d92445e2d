namespace FlexFabricSim.Net.Errors;

/// <summary>Why an IPv4 header (RFC 791) was rejected by its decoder.</summary>
public enum IPv4FormatReason
{
    /// <summary>Shorter than the header length or total length it announces.</summary>
    Truncated,

    /// <summary>Version field is not 4.</summary>
    BadVersion,

    /// <summary>IHL is below 5 words or beyond the packet.</summary>
    BadHeaderLength,

    /// <summary>Total length is smaller than the header or larger than the frame.</summary>
    BadTotalLength,

    /// <summary>The header checksum does not verify (RFC 1071).</summary>
    BadHeaderChecksum,

    /// <summary>More-fragments is set or the fragment offset is non-zero; the pre-boot stack does not reassemble.</summary>
    FragmentsUnsupported,
}
