using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Runtime.Intrinsics;

namespace FlexFabricSim.Net.Checksums;

/// <summary>The 16-bit one's-complement Internet checksum (RFC 1071) and the IPv4/IPv6 pseudo-header sums (RFC 9293 §3.1, RFC 8200 §8.1).</summary>
/// <remarks>
/// Sums are carried as unfolded <see cref="uint"/> partial sums so a pseudo-header, a header and a payload in separate
/// buffers can be added up without copying. Every part except the last must have an even length.
/// </remarks>
public static class InternetChecksum
{
    /// <summary>Adds <paramref name="data"/> to a partial sum (big-endian 16-bit words; an odd last byte is padded with zero).</summary>
    /// <remarks>RFC 1071 §2(B): one's-complement addition does not care about byte order, so the words are added in the machine's
    /// order, 16 bytes at a time when the CPU has vector units, and the folded result is byte-swapped back at the end.</remarks>
    public static uint Add(uint partial, ReadOnlySpan<byte> data)
    {
        ulong sum = BinaryPrimitives.ReverseEndianness(Fold(partial));
        var i = 0;
        if (Vector128.IsHardwareAccelerated && data.Length >= 64)
        {
            var lanes = Vector128<uint>.Zero;
            for (; i + 16 <= data.Length; i += 16)
            {
                var (low, high) = Vector128.Widen(Vector128.Create(data.Slice(i, 16)).AsUInt16());
                lanes += low + high;
                if ((i & 0xFFFF) == 0xFFF0)
                {
                    // Empty the 32-bit lanes before they could overflow (each gains at most 2 x 65535 per step).
                    var (a, b) = Vector128.Widen(lanes);
                    sum += Vector128.Sum(a) + Vector128.Sum(b);
                    lanes = Vector128<uint>.Zero;
                }
            }

            var (first, second) = Vector128.Widen(lanes);
            sum += Vector128.Sum(first) + Vector128.Sum(second);
        }

        for (; i + 8 <= data.Length; i += 8)
        {
            var word = BinaryPrimitives.ReadUInt64LittleEndian(data[i..]);
            sum += (word & 0xFFFF_FFFF) + (word >> 32);
        }

        for (; i + 2 <= data.Length; i += 2)
        {
            sum += BinaryPrimitives.ReadUInt16LittleEndian(data[i..]);
        }

        if (i < data.Length)
        {
            // The odd last byte is the high half of a big-endian word: the low half of a little-endian one.
            sum += data[i];
        }

        return BinaryPrimitives.ReverseEndianness(Fold(sum));
    }

    /// <summary>Folds a partial sum to 16 bits and complements it: the value to put in a checksum field.</summary>
    public static ushort Finish(uint partial) => (ushort)~Fold(partial);

    /// <summary>Folds a sum to 16 bits with end-around carry.</summary>
    private static ushort Fold(ulong sum)
    {
        sum = (sum & 0xFFFF_FFFF) + (sum >> 32);
        sum = (sum & 0xFFFF_FFFF) + (sum >> 32);
        sum = (sum & 0xFFFF) + (sum >> 16);
        sum = (sum & 0xFFFF) + (sum >> 16);
        sum = (sum & 0xFFFF) + (sum >> 16);
        return (ushort)sum;
    }

    /// <summary>The checksum of <paramref name="data"/> on top of <paramref name="partial"/>.</summary>
    public static ushort Compute(ReadOnlySpan<byte> data, uint partial = 0) => Finish(Add(partial, data));

    /// <summary>Whether data that contains its own checksum field verifies (its complemented sum is zero).</summary>
    public static bool Verifies(ReadOnlySpan<byte> data, uint partial = 0) => Compute(data, partial) == 0;

    /// <summary>The partial sum of the pseudo-header for an upper-layer message of <paramref name="upperLayerLength"/> bytes.</summary>
    /// <remarks>IPv4 (RFC 9293 §3.1): source, destination, zero, protocol, length. IPv6 (RFC 8200 §8.1): source, destination,
    /// 32-bit length, three zero bytes, next header. Both sum to the same words, which is why one method serves.</remarks>
    public static uint PseudoHeader(IPAddress source, IPAddress destination, byte protocol, int upperLayerLength)
    {
        if (source.AddressFamily != destination.AddressFamily)
        {
            throw new ArgumentException("source and destination must be of the same address family", nameof(destination));
        }

        Span<byte> address = stackalloc byte[16];
        source.TryWriteBytes(address, out var length);
        var sum = Add(0, address[..length]);
        destination.TryWriteBytes(address, out length);
        sum = Add(sum, address[..length]);
        ulong total = sum;
        total += protocol;
        total += (uint)upperLayerLength & 0xFFFF;
        if (source.AddressFamily == AddressFamily.InterNetworkV6)
        {
            total += (uint)upperLayerLength >> 16;
        }

        total = (total & 0xFFFF_FFFF) + (total >> 32);
        return (uint)total;
    }
}
