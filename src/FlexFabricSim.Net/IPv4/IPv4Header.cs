using System.Buffers.Binary;
using System.Net;
using FlexFabricSim.Net.Checksums;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.IPv4;

/// <summary>An IPv4 header (RFC 791 §3.1); the payload follows it. Fragments are refused: the pre-boot stack never reassembles.</summary>
// A readonly record struct rather than a class: one is decoded or built for every frame, so it must not allocate.
public readonly record struct IPv4Header
{
    /// <summary>Creates a header with the defaults (time to live 64); set the required members with an initializer.</summary>
    public IPv4Header()
    {
    }

    /// <summary>Length of a header without options.</summary>
    public const int MinimumLength = 20;

    /// <summary>Default time to live for packets the stack originates (RFC 1700's recommended 64).</summary>
    public const byte DefaultTimeToLive = 64;

    private const ushort DontFragmentFlag = 0x4000;
    private const ushort MoreFragmentsFlag = 0x2000;
    private const ushort FragmentOffsetMask = 0x1FFF;

    /// <summary>DSCP and ECN (the former type of service byte, RFC 2474 / RFC 3168).</summary>
    public byte TypeOfService { get; init; }

    /// <summary>Length of the payload (total length minus header length).</summary>
    public required int PayloadLength { get; init; }

    /// <summary>Identification, used only for fragmentation (RFC 6864 lets atomic datagrams carry any value).</summary>
    public ushort Identification { get; init; }

    /// <summary>The Don't Fragment flag.</summary>
    public bool DontFragment { get; init; }

    /// <summary>Time to live (RFC 791 §3.2).</summary>
    public byte TimeToLive { get; init; } = DefaultTimeToLive;

    /// <summary>The payload's protocol.</summary>
    public required IPProtocol Protocol { get; init; }

    /// <summary>The sender's address.</summary>
    public required IPAddress Source { get; init; }

    /// <summary>The receiver's address.</summary>
    public required IPAddress Destination { get; init; }

    /// <summary>Raw options (a multiple of 4 bytes, at most 40); received options are kept, never interpreted.</summary>
    public ReadOnlyMemory<byte> Options { get; init; }

    /// <summary>Length of this header on the wire (20 plus options).</summary>
    public int GetEncodedLength() => MinimumLength + Options.Length;

    /// <summary>Total length field: header plus payload.</summary>
    public int TotalLength => GetEncodedLength() + PayloadLength;

    /// <summary>Writes the header with its checksum and returns its length.</summary>
    public int WriteTo(Span<byte> destination)
    {
        var length = GetEncodedLength();
        if (Options.Length % 4 != 0 || Options.Length > 40)
        {
            throw new InvalidOperationException("IPv4 options must be a multiple of 4 bytes and at most 40");
        }

        if (TotalLength > ushort.MaxValue)
        {
            throw new InvalidOperationException($"IPv4 total length {TotalLength} exceeds 65535");
        }

        var header = destination[..length];
        header[0] = (byte)(0x40 | (length / 4));
        header[1] = TypeOfService;
        BinaryPrimitives.WriteUInt16BigEndian(header[2..], (ushort)TotalLength);
        BinaryPrimitives.WriteUInt16BigEndian(header[4..], Identification);
        BinaryPrimitives.WriteUInt16BigEndian(header[6..], DontFragment ? DontFragmentFlag : (ushort)0);
        header[8] = TimeToLive;
        header[9] = (byte)Protocol;
        header[10] = 0;
        header[11] = 0;
        WriteAddress(Source, header[12..]);
        WriteAddress(Destination, header[16..]);
        Options.Span.CopyTo(header[MinimumLength..]);
        BinaryPrimitives.WriteUInt16BigEndian(header[10..], InternetChecksum.Compute(header));
        return length;
    }

    /// <summary>Decodes the header at the start of <paramref name="packet"/> (which may carry link padding after the datagram).</summary>
    /// <param name="packet">The Ethernet payload.</param>
    /// <param name="headerLength">Where the payload starts; it is <see cref="PayloadLength"/> bytes long.</param>
    /// <exception cref="IPv4FormatException">Wrong version, lengths, checksum, or a fragment.</exception>
    public static IPv4Header Decode(ReadOnlySpan<byte> packet, out int headerLength)
    {
        if (packet.Length < MinimumLength)
        {
            IPv4FormatException.Reject(IPv4FormatReason.Truncated, packet.Length, packet);
        }

        if (packet[0] >> 4 != 4)
        {
            IPv4FormatException.Reject(IPv4FormatReason.BadVersion, 0, packet[..MinimumLength]);
        }

        headerLength = (packet[0] & 0x0F) * 4;
        if (headerLength < MinimumLength || headerLength > packet.Length)
        {
            IPv4FormatException.Reject(IPv4FormatReason.BadHeaderLength, 0, packet[..MinimumLength]);
        }

        var totalLength = BinaryPrimitives.ReadUInt16BigEndian(packet[2..]);
        if (totalLength < headerLength || totalLength > packet.Length)
        {
            IPv4FormatException.Reject(IPv4FormatReason.BadTotalLength, 2, packet[..headerLength]);
        }

        var header = packet[..headerLength];
        if (!InternetChecksum.Verifies(header))
        {
            IPv4FormatException.Reject(IPv4FormatReason.BadHeaderChecksum, 10, header);
        }

        var fragment = BinaryPrimitives.ReadUInt16BigEndian(packet[6..]);
        if ((fragment & (MoreFragmentsFlag | FragmentOffsetMask)) != 0)
        {
            IPv4FormatException.Reject(IPv4FormatReason.FragmentsUnsupported, 6, header);
        }

        return new IPv4Header
        {
            TypeOfService = packet[1],
            PayloadLength = totalLength - headerLength,
            Identification = BinaryPrimitives.ReadUInt16BigEndian(packet[4..]),
            DontFragment = (fragment & DontFragmentFlag) != 0,
            TimeToLive = packet[8],
            Protocol = (IPProtocol)packet[9],
            Source = new IPAddress(packet.Slice(12, 4)),
            Destination = new IPAddress(packet.Slice(16, 4)),
            Options = headerLength > MinimumLength ? packet[MinimumLength..headerLength].ToArray() : ReadOnlyMemory<byte>.Empty,
        };
    }

    private static void WriteAddress(IPAddress address, Span<byte> destination)
    {
        if (!address.TryWriteBytes(destination[..4], out var written) || written != 4)
        {
            throw new InvalidOperationException($"{address} is not an IPv4 address");
        }
    }
}
