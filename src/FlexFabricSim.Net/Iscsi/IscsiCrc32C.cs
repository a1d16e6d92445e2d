using System.Buffers.Binary;
using System.Numerics;

namespace FlexFabricSim.Net.Iscsi;

/// <summary>The CRC32C (Castagnoli) digest iSCSI uses for headers and data (RFC 7143 §13.1, RFC 3385).</summary>
public static class IscsiCrc32C
{
    /// <summary>Computes the digest of <paramref name="bytes"/> (initial value and final XOR all ones).</summary>
    public static uint Compute(ReadOnlySpan<byte> bytes) => ~Append(uint.MaxValue, bytes);

    /// <summary>Computes the digest of two consecutive byte runs without copying them together.</summary>
    public static uint Compute(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second) => ~Append(Append(uint.MaxValue, first), second);

    /// <summary>Writes a digest as iSCSI puts it on the wire: the CRC register's bytes least significant first (RFC 3720 App. B.4).</summary>
    public static void Write(Span<byte> destination, uint digest) => BinaryPrimitives.WriteUInt32LittleEndian(destination, digest);

    /// <summary>Reads a digest in wire order.</summary>
    public static uint Read(ReadOnlySpan<byte> source) => BinaryPrimitives.ReadUInt32LittleEndian(source);

    private static uint Append(uint crc, ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length >= 8)
        {
            crc = BitOperations.Crc32C(crc, BinaryPrimitives.ReadUInt64LittleEndian(bytes));
            bytes = bytes[8..];
        }
        foreach (var b in bytes)
        {
            crc = BitOperations.Crc32C(crc, b);
        }
        return crc;
    }
}
