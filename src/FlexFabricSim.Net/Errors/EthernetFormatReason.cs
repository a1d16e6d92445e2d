namespace FlexFabricSim.Net.Errors;

/// <summary>Why an Ethernet II frame (with or without 802.1Q tags) was rejected by its decoder.</summary>
public enum EthernetFormatReason
{
    /// <summary>Shorter than the 14-byte header, or than a tag it announces.</summary>
    Truncated,

    /// <summary>The type/length field is an IEEE 802.3 length (below 0x0600); only Ethernet II framing is spoken.</summary>
    LengthFramingUnsupported,

    /// <summary>More 802.1Q/802.1ad tags than the decoder accepts (two).</summary>
    TooManyTags,

    /// <summary>Longer than the largest frame the link carries (jumbo frames are not supported pre-boot).</summary>
    FrameTooLong,
}
