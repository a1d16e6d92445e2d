using System.Buffers.Binary;

namespace FlexFabricSim.Net.Iscsi;

/// <summary>Offsets, bits and field helpers of the 48-byte Basic Header Segment every PDU starts with (RFC 7143 §11.2.1).</summary>
internal static class IscsiBhs
{
    /// <summary>Length of the Basic Header Segment.</summary>
    public const int Length = 48;

    /// <summary>Byte 0: the I (immediate delivery) bit (§11.2.1.1).</summary>
    public const byte ImmediateBit = 0x40;

    /// <summary>Byte 0: the six opcode bits (§11.2.1.2).</summary>
    public const byte OpcodeMask = 0x3f;

    /// <summary>Byte 1: the F (final) bit, also T (transit) on login PDUs.</summary>
    public const byte FinalBit = 0x80;

    /// <summary>Byte 1: the C (continue) bit of login and text PDUs.</summary>
    public const byte ContinueBit = 0x40;

    /// <summary>Byte 4: TotalAHSLength in 4-byte words (§11.2.1.4).</summary>
    public const int TotalAhsLengthOffset = 4;

    /// <summary>Bytes 5-7: DataSegmentLength in bytes, without padding (§11.2.1.5).</summary>
    public const int DataSegmentLengthOffset = 5;

    /// <summary>Bytes 8-15: LUN or opcode-specific fields (§11.2.1.6).</summary>
    public const int LunOffset = 8;

    /// <summary>Bytes 16-19: Initiator Task Tag (§11.2.1.8).</summary>
    public const int InitiatorTaskTagOffset = 16;

    /// <summary>The largest value the 24-bit DataSegmentLength can hold.</summary>
    public const int MaxDataSegmentLength = 0xFF_FFFF;

    /// <summary>Length of a CRC32C header or data digest (§11.2.3).</summary>
    public const int DigestLength = 4;

    /// <summary>Reads a big-endian 24-bit value.</summary>
    public static int ReadUInt24(ReadOnlySpan<byte> s) => (s[0] << 16) | (s[1] << 8) | s[2];

    /// <summary>Writes a big-endian 24-bit value.</summary>
    public static void WriteUInt24(Span<byte> s, int value)
    {
        s[0] = (byte)(value >> 16);
        s[1] = (byte)(value >> 8);
        s[2] = (byte)value;
    }

    /// <summary>Reads a big-endian 32-bit field at <paramref name="offset"/>.</summary>
    public static uint U32(ReadOnlySpan<byte> bhs, int offset) => BinaryPrimitives.ReadUInt32BigEndian(bhs[offset..]);

    /// <summary>Reads a big-endian 16-bit field at <paramref name="offset"/>.</summary>
    public static ushort U16(ReadOnlySpan<byte> bhs, int offset) => BinaryPrimitives.ReadUInt16BigEndian(bhs[offset..]);

    /// <summary>Reads a big-endian 64-bit field at <paramref name="offset"/>.</summary>
    public static ulong U64(ReadOnlySpan<byte> bhs, int offset) => BinaryPrimitives.ReadUInt64BigEndian(bhs[offset..]);

    /// <summary>Writes a big-endian 32-bit field at <paramref name="offset"/>.</summary>
    public static void Put(Span<byte> bhs, int offset, uint value) => BinaryPrimitives.WriteUInt32BigEndian(bhs[offset..], value);

    /// <summary>Writes a big-endian 16-bit field at <paramref name="offset"/>.</summary>
    public static void Put(Span<byte> bhs, int offset, ushort value) => BinaryPrimitives.WriteUInt16BigEndian(bhs[offset..], value);

    /// <summary>Writes a big-endian 64-bit field at <paramref name="offset"/>.</summary>
    public static void Put(Span<byte> bhs, int offset, ulong value) => BinaryPrimitives.WriteUInt64BigEndian(bhs[offset..], value);

    /// <summary>Bytes of padding after a data segment of <paramref name="length"/> bytes (to a 4-byte boundary, §11.2.4).</summary>
    public static int PadLength(int length) => (4 - (length & 3)) & 3;

    /// <summary>Builds byte 1 from the F bit and the low seven opcode-specific bits.</summary>
    public static byte Flags(bool final, int low = 0) => (byte)((final ? FinalBit : 0) | low);
}
