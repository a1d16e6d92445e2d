using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using FlexFabricSim.Net.Checksums;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Udp;

/// <summary>The 8-byte UDP header (RFC 768); the checksum covers an IPv4 or IPv6 pseudo-header, the header and the payload.</summary>
// A readonly record struct rather than a class: one is decoded or built for every frame, so it must not allocate.
public readonly record struct UdpHeader
{
    /// <summary>Length of the header.</summary>
    public const int Length = 8;

    /// <summary>The sender's port (0 when no reply is expected).</summary>
    public required ushort SourcePort { get; init; }

    /// <summary>The receiver's port.</summary>
    public required ushort DestinationPort { get; init; }

    /// <summary>Length of the payload (the length field minus 8).</summary>
    public required int PayloadLength { get; init; }

    /// <summary>Length of the header: always 8.</summary>
    public int GetEncodedLength() => Length;

    /// <summary>Writes the header at the start of <paramref name="datagram"/> (payload already in place) and fills the checksum.</summary>
    /// <param name="datagram">Header plus payload: exactly <see cref="PayloadLength"/> + 8 bytes.</param>
    /// <param name="source">IP source for the pseudo-header.</param>
    /// <param name="destination">IP destination for the pseudo-header.</param>
    /// <returns>The header length (8).</returns>
    public int WriteTo(Span<byte> datagram, IPAddress source, IPAddress destination)
    {
        var total = Length + PayloadLength;
        if (total > ushort.MaxValue || datagram.Length != total)
        {
            throw new ArgumentException($"a UDP datagram of {total} bytes needs a buffer of exactly that length", nameof(datagram));
        }

        BinaryPrimitives.WriteUInt16BigEndian(datagram, SourcePort);
        BinaryPrimitives.WriteUInt16BigEndian(datagram[2..], DestinationPort);
        BinaryPrimitives.WriteUInt16BigEndian(datagram[4..], (ushort)total);
        datagram[6] = 0;
        datagram[7] = 0;
        var checksum = InternetChecksum.Compute(datagram, InternetChecksum.PseudoHeader(source, destination, (byte)IPProtocol.Udp, total));
        // RFC 768: a computed zero is sent as all ones, since zero means "no checksum" over IPv4.
        BinaryPrimitives.WriteUInt16BigEndian(datagram[6..], checksum == 0 ? (ushort)0xFFFF : checksum);
        return Length;
    }

    /// <summary>Decodes the header of the IP payload <paramref name="datagram"/>; the payload is at 8 for <see cref="PayloadLength"/> bytes.</summary>
    /// <param name="datagram">The IP payload.</param>
    /// <param name="source">IP source for the pseudo-header.</param>
    /// <param name="destination">IP destination for the pseudo-header.</param>
    /// <param name="verifyChecksum">False when the link reports the checksum already checked or not yet computed (offload).</param>
    /// <exception cref="UdpFormatException">Too short, a bad length field, a bad checksum, or no checksum over IPv6.</exception>
    public static UdpHeader Decode(ReadOnlySpan<byte> datagram, IPAddress source, IPAddress destination, bool verifyChecksum = true)
    {
        if (datagram.Length < Length)
        {
            UdpFormatException.Reject(UdpFormatReason.Truncated, datagram.Length, datagram);
        }

        var length = BinaryPrimitives.ReadUInt16BigEndian(datagram[4..]);
        if (length < Length || length > datagram.Length)
        {
            UdpFormatException.Reject(UdpFormatReason.BadLength, 4, datagram[..Length]);
        }

        var checksum = BinaryPrimitives.ReadUInt16BigEndian(datagram[6..]);
        if (checksum == 0)
        {
            if (source.AddressFamily == AddressFamily.InterNetworkV6)
            {
                UdpFormatException.Reject(UdpFormatReason.MissingChecksum, 6, datagram[..Length]);
            }
        }
        else if (verifyChecksum)
        {
            var pseudo = InternetChecksum.PseudoHeader(source, destination, (byte)IPProtocol.Udp, length);
            if (!InternetChecksum.Verifies(datagram[..length], pseudo))
            {
                UdpFormatException.Reject(UdpFormatReason.BadChecksum, 6, datagram[..length]);
            }
        }

        return new UdpHeader
        {
            SourcePort = BinaryPrimitives.ReadUInt16BigEndian(datagram),
            DestinationPort = BinaryPrimitives.ReadUInt16BigEndian(datagram[2..]),
            PayloadLength = length - Length,
        };
    }
}
