using System.Buffers.Binary;
using System.Net;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.IPv6;

/// <summary>The fixed 40-byte IPv6 header (RFC 8200 §3); extension headers, if any, start the payload.</summary>
// A readonly record struct rather than a class: one is decoded or built for every frame, so it must not allocate.
public readonly record struct IPv6Header
{
    /// <summary>Creates a header with the defaults (hop limit 64); set the required members with an initializer.</summary>
    public IPv6Header()
    {
    }

    /// <summary>Length of the fixed header.</summary>
    public const int Length = 40;

    /// <summary>Hop limit for packets the stack originates (RFC 8200 leaves it to the node; 64 as most stacks).</summary>
    public const byte DefaultHopLimit = 64;

    /// <summary>Traffic class (DSCP and ECN).</summary>
    public byte TrafficClass { get; init; }

    /// <summary>Flow label (20 bits).</summary>
    public uint FlowLabel { get; init; }

    /// <summary>Length of everything after the fixed header, extension headers included.</summary>
    public required int PayloadLength { get; init; }

    /// <summary>The first next-header value (an extension header or the upper-layer protocol).</summary>
    public required IPProtocol NextHeader { get; init; }

    /// <summary>The hop limit (255 on every Neighbor Discovery message, RFC 4861 §6.1).</summary>
    public byte HopLimit { get; init; } = DefaultHopLimit;

    /// <summary>The sender's address (:: while an address is tentative).</summary>
    public required IPAddress Source { get; init; }

    /// <summary>The receiver's address.</summary>
    public required IPAddress Destination { get; init; }

    /// <summary>Length of the fixed header: always 40.</summary>
    public int GetEncodedLength() => Length;

    /// <summary>Writes the fixed header and returns 40.</summary>
    public int WriteTo(Span<byte> destination)
    {
        if (PayloadLength > ushort.MaxValue)
        {
            throw new InvalidOperationException($"IPv6 payload length {PayloadLength} needs a jumbogram, which the stack does not send");
        }

        var header = destination[..Length];
        BinaryPrimitives.WriteUInt32BigEndian(header, (6u << 28) | ((uint)TrafficClass << 20) | (FlowLabel & 0xF_FFFF));
        BinaryPrimitives.WriteUInt16BigEndian(header[4..], (ushort)PayloadLength);
        header[6] = (byte)NextHeader;
        header[7] = HopLimit;
        WriteAddress(Source, header[8..]);
        WriteAddress(Destination, header[24..]);
        return Length;
    }

    /// <summary>Decodes the fixed header; the payload is the <see cref="PayloadLength"/> bytes after it (link padding is ignored).</summary>
    /// <exception cref="IPv6FormatException">Too short, wrong version, or a payload length beyond the packet.</exception>
    public static IPv6Header Decode(ReadOnlySpan<byte> packet)
    {
        if (packet.Length < Length)
        {
            IPv6FormatException.Reject(IPv6FormatReason.Truncated, packet.Length, packet);
        }

        var first = BinaryPrimitives.ReadUInt32BigEndian(packet);
        if (first >> 28 != 6)
        {
            IPv6FormatException.Reject(IPv6FormatReason.BadVersion, 0, packet[..Length]);
        }

        var payloadLength = BinaryPrimitives.ReadUInt16BigEndian(packet[4..]);
        if (payloadLength > packet.Length - Length)
        {
            IPv6FormatException.Reject(IPv6FormatReason.BadPayloadLength, 4, packet[..Length]);
        }

        return new IPv6Header
        {
            TrafficClass = (byte)(first >> 20),
            FlowLabel = first & 0xF_FFFF,
            PayloadLength = payloadLength,
            NextHeader = (IPProtocol)packet[6],
            HopLimit = packet[7],
            Source = new IPAddress(packet.Slice(8, 16)),
            Destination = new IPAddress(packet.Slice(24, 16)),
        };
    }

    private static void WriteAddress(IPAddress address, Span<byte> destination)
    {
        if (!address.TryWriteBytes(destination[..16], out var written) || written != 16)
        {
            throw new InvalidOperationException($"{address} is not an IPv6 address");
        }
    }
}
