namespace FlexFabricSim.Net.Errors;

/// <summary>Why an Ethernet II frame (with or without an 802.1Q tag) was rejected by its decoder.</summary>
public enum EthernetFormatReason
{
    /// <summary>Shorter than the 14-byte header, or than the tag it announces.</summary>
    Truncated,

    /// <summary>The type/length field is an IEEE 802.3 length (below 0x0600); only Ethernet II framing is spoken.</summary>
    LengthFramingUnsupported,

    /// <summary>An 802.1ad service tag, or a second tag after the first; the pre-boot stack speaks single 802.1Q tagging only.</summary>
    UnsupportedTagging,
}
