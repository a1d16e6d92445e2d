using System.Buffers.Binary;
using System.IO.Hashing;

namespace FlexFabricSim.Device.Images;

/// <summary>
/// The fixed 20-byte header of a <c>*.ffimg</c> file. All integers big-endian. The layout of these 20 bytes never
/// changes between format versions, so any version can at least be recognised and reported.
/// <code>
/// offset size field
///  0      8   magic 89 46 46 49 4D 47 0D 0A ("\x89FFIMG\r\n": the high byte and CR LF catch 7-bit and newline-mangling transfers, as
/// PNG's do)
///  8      2   format version (<see cref="CurrentVersion"/>)
/// 10      2   model code (<see cref="Catalog.AdapterModel"/> value)
/// 12      4   payload length in bytes
/// 16      4   CRC-32 (IEEE 802.3) over bytes 0-15 followed by the payload
/// 20      n   payload: MessagePack (see <see cref="ImagePayload"/>)
/// </code>
/// </summary>
internal readonly record struct ImageHeader(ushort Version, ushort ModelCode, uint PayloadLength, uint Crc)
{
    public const int Length = 20;
    public const ushort CurrentVersion = 1;

    /// <summary>Refuse payloads larger than this: a real image is a few kilobytes.</summary>
    public const int MaxPayloadLength = 1 << 20;

    private const int CrcOffset = 16;

    public static ReadOnlySpan<byte> Magic => [0x89, (byte)'F', (byte)'F', (byte)'I', (byte)'M', (byte)'G', 0x0D, 0x0A];

    public static ImageHeader Read(ReadOnlySpan<byte> bytes) => new(
        BinaryPrimitives.ReadUInt16BigEndian(bytes[8..]),
        BinaryPrimitives.ReadUInt16BigEndian(bytes[10..]),
        BinaryPrimitives.ReadUInt32BigEndian(bytes[12..]),
        BinaryPrimitives.ReadUInt32BigEndian(bytes[CrcOffset..]));

    /// <summary>Writes the header for <paramref name="payload"/> (computing the CRC) into <paramref name="destination"/>.</summary>
    public static void Write(Span<byte> destination, ushort modelCode, ReadOnlySpan<byte> payload)
    {
        Magic.CopyTo(destination);
        BinaryPrimitives.WriteUInt16BigEndian(destination[8..], CurrentVersion);
        BinaryPrimitives.WriteUInt16BigEndian(destination[10..], modelCode);
        BinaryPrimitives.WriteUInt32BigEndian(destination[12..], (uint)payload.Length);
        BinaryPrimitives.WriteUInt32BigEndian(destination[CrcOffset..], ComputeCrc(destination, payload));
    }

    /// <summary>CRC-32 over the header's first 16 bytes and the payload.</summary>
    public static uint ComputeCrc(ReadOnlySpan<byte> header, ReadOnlySpan<byte> payload)
    {
        var crc = new Crc32();
        crc.Append(header[..CrcOffset]);
        crc.Append(payload);
        return crc.GetCurrentHashAsUInt32();
    }
}
