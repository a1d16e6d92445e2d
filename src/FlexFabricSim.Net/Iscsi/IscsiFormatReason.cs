namespace FlexFabricSim.Net.Iscsi;

/// <summary>Why bytes were rejected as an iSCSI PDU or login text (RFC 7143); turned into a Reject or a login status in one place, <see cref="IscsiFormatReasons"/>.</summary>
public enum IscsiFormatReason
{
    /// <summary>The stream ended inside the 48-byte Basic Header Segment.</summary>
    TruncatedBhs,

    /// <summary>The stream ended inside the Additional Header Segments.</summary>
    TruncatedAhs,

    /// <summary>The stream ended inside the data segment or its padding.</summary>
    TruncatedData,

    /// <summary>The stream ended inside a header or data digest.</summary>
    TruncatedDigest,

    /// <summary>Byte 0 holds an opcode RFC 7143 §11.2.1.2 does not define.</summary>
    UnknownOpcode,

    /// <summary>An AHS's own length runs past TotalAHSLength, or its type is reserved (§11.2.2).</summary>
    BadAhs,

    /// <summary>DataSegmentLength exceeds what the receiver declared (MaxRecvDataSegmentLength, §13.12) or the opcode allows.</summary>
    BadDataSegmentLength,

    /// <summary>The CRC32C header digest does not match the header (§11.2.3).</summary>
    HeaderDigestMismatch,

    /// <summary>The CRC32C data digest does not match the data segment and padding (§11.2.3).</summary>
    DataDigestMismatch,

    /// <summary>A header field holds a value the PDU type forbids (stage codes, version, reserved opcode-specific values).</summary>
    InvalidField,

    /// <summary>Login or text data is not a sequence of <c>key=value</c> NUL-terminated pairs (§6.1).</summary>
    BadTextFormat,

    /// <summary>A key's value is outside the type or range RFC 7143 §6.1 / §13 gives it.</summary>
    InvalidKeyValue,

    /// <summary>A binary value (<c>0x</c> hex or <c>0b</c> base64, §6.1.4) is not well formed.</summary>
    BadBinaryValue,
}
