using System.Buffers.Binary;
using System.Net;
using FlexFabricSim.Net.Checksums;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Tcp;

/// <summary>A TCP header with the options this stack speaks (RFC 9293 §3.1): MSS, window scale, timestamps; SACK-permitted is read but never acted on.</summary>
// A readonly record struct rather than a class: one is decoded or built for every frame, so it must not allocate.
public readonly record struct TcpHeader
{
    /// <summary>Length of a header without options.</summary>
    public const int MinimumLength = 20;

    /// <summary>Largest header (data offset 15 words).</summary>
    public const int MaximumLength = 60;

    private const int MssOptionLength = 4;
    private const int WindowScaleOptionLength = 3;
    private const int SackPermittedOptionLength = 2;
    private const int TimestampsOptionLength = 10;

    /// <summary>The sender's port.</summary>
    public required ushort SourcePort { get; init; }

    /// <summary>The receiver's port.</summary>
    public required ushort DestinationPort { get; init; }

    /// <summary>Sequence number of the first data octet (or the ISN on a SYN).</summary>
    public uint SequenceNumber { get; init; }

    /// <summary>Next sequence number the sender expects (meaningful with ACK).</summary>
    public uint AcknowledgmentNumber { get; init; }

    /// <summary>Control bits.</summary>
    public TcpFlags Flags { get; init; }

    /// <summary>The window field as sent (unscaled; scaling applies after the handshake, RFC 7323 §2.2).</summary>
    public ushort Window { get; init; }

    /// <summary>The urgent pointer (carried, never acted on).</summary>
    public ushort UrgentPointer { get; init; }

    /// <summary>The MSS option (RFC 9293 §3.7.1), or null.</summary>
    public ushort? MaximumSegmentSize { get; init; }

    /// <summary>The window scale option's shift count (RFC 7323 §2.2), or null.</summary>
    public byte? WindowScale { get; init; }

    /// <summary>Whether the SACK-permitted option is present (RFC 2018); accepted and ignored.</summary>
    public bool SackPermitted { get; init; }

    /// <summary>The timestamps option (RFC 7323 §3), or null.</summary>
    public TcpTimestamps? Timestamps { get; init; }

    /// <summary>Whether a control bit is set.</summary>
    public bool Has(TcpFlags flag) => (Flags & flag) == flag;

    /// <summary>Length of the options, padded to 32-bit words as laid out by RFC 7323 Appendix A.</summary>
    public int GetOptionsLength() =>
        (MaximumSegmentSize is null ? 0 : MssOptionLength)
        + (SackPermitted ? SackPermittedOptionLength + 2 : 0)
        + (Timestamps is null ? 0 : TimestampsOptionLength + 2)
        + (WindowScale is null ? 0 : WindowScaleOptionLength + 1);

    /// <summary>Length of this header on the wire.</summary>
    public int GetEncodedLength() => MinimumLength + GetOptionsLength();

    /// <summary>Writes the header at the start of <paramref name="segment"/> (payload already in place after it) and fills the checksum.</summary>
    /// <param name="segment">Header plus payload, exactly.</param>
    /// <param name="source">IP source for the pseudo-header.</param>
    /// <param name="destination">IP destination for the pseudo-header.</param>
    /// <returns>The header length.</returns>
    public int WriteTo(Span<byte> segment, IPAddress source, IPAddress destination)
    {
        var length = GetEncodedLength();
        BinaryPrimitives.WriteUInt16BigEndian(segment, SourcePort);
        BinaryPrimitives.WriteUInt16BigEndian(segment[2..], DestinationPort);
        BinaryPrimitives.WriteUInt32BigEndian(segment[4..], SequenceNumber);
        BinaryPrimitives.WriteUInt32BigEndian(segment[8..], AcknowledgmentNumber);
        segment[12] = (byte)(length / 4 << 4);
        segment[13] = (byte)Flags;
        BinaryPrimitives.WriteUInt16BigEndian(segment[14..], Window);
        segment[16] = 0;
        segment[17] = 0;
        BinaryPrimitives.WriteUInt16BigEndian(segment[18..], UrgentPointer);
        WriteOptions(segment[MinimumLength..length]);
        var pseudo = InternetChecksum.PseudoHeader(source, destination, (byte)IPProtocol.Tcp, segment.Length);
        BinaryPrimitives.WriteUInt16BigEndian(segment[16..], InternetChecksum.Compute(segment, pseudo));
        return length;
    }

    /// <summary>Decodes the header of the IP payload <paramref name="segment"/>; the data starts at <paramref name="headerLength"/>.</summary>
    /// <param name="segment">The whole segment (IP payload).</param>
    /// <param name="source">IP source for the pseudo-header.</param>
    /// <param name="destination">IP destination for the pseudo-header.</param>
    /// <param name="verifyChecksum">False when the link reports the checksum already checked or not yet computed (offload).</param>
    /// <param name="headerLength">The data offset in bytes.</param>
    /// <exception cref="TcpFormatException">Too short, a bad data offset, a bad checksum, or a malformed option.</exception>
    public static TcpHeader Decode(ReadOnlySpan<byte> segment, IPAddress source, IPAddress destination, bool verifyChecksum, out int headerLength)
    {
        if (segment.Length < MinimumLength)
        {
            TcpFormatException.Reject(TcpFormatReason.Truncated, segment.Length, segment);
        }

        headerLength = (segment[12] >> 4) * 4;
        if (headerLength < MinimumLength || headerLength > segment.Length)
        {
            TcpFormatException.Reject(TcpFormatReason.BadDataOffset, 12, segment[..MinimumLength]);
        }

        if (verifyChecksum)
        {
            var pseudo = InternetChecksum.PseudoHeader(source, destination, (byte)IPProtocol.Tcp, segment.Length);
            if (!InternetChecksum.Verifies(segment, pseudo))
            {
                TcpFormatException.Reject(TcpFormatReason.BadChecksum, 16, segment[..headerLength]);
            }
        }

        var header = new TcpHeader
        {
            SourcePort = BinaryPrimitives.ReadUInt16BigEndian(segment),
            DestinationPort = BinaryPrimitives.ReadUInt16BigEndian(segment[2..]),
            SequenceNumber = BinaryPrimitives.ReadUInt32BigEndian(segment[4..]),
            AcknowledgmentNumber = BinaryPrimitives.ReadUInt32BigEndian(segment[8..]),
            Flags = (TcpFlags)segment[13],
            Window = BinaryPrimitives.ReadUInt16BigEndian(segment[14..]),
            UrgentPointer = BinaryPrimitives.ReadUInt16BigEndian(segment[18..]),
        };
        return headerLength == MinimumLength ? header : ReadOptions(header, segment[..headerLength]);
    }

    private void WriteOptions(Span<byte> options)
    {
        var offset = 0;
        if (MaximumSegmentSize is { } mss)
        {
            options[offset] = (byte)TcpOptionKind.MaximumSegmentSize;
            options[offset + 1] = MssOptionLength;
            BinaryPrimitives.WriteUInt16BigEndian(options[(offset + 2)..], mss);
            offset += MssOptionLength;
        }

        if (SackPermitted)
        {
            options[offset++] = (byte)TcpOptionKind.NoOperation;
            options[offset++] = (byte)TcpOptionKind.NoOperation;
            options[offset++] = (byte)TcpOptionKind.SackPermitted;
            options[offset++] = SackPermittedOptionLength;
        }

        if (Timestamps is { } timestamps)
        {
            options[offset++] = (byte)TcpOptionKind.NoOperation;
            options[offset++] = (byte)TcpOptionKind.NoOperation;
            options[offset] = (byte)TcpOptionKind.Timestamps;
            options[offset + 1] = TimestampsOptionLength;
            BinaryPrimitives.WriteUInt32BigEndian(options[(offset + 2)..], timestamps.Value);
            BinaryPrimitives.WriteUInt32BigEndian(options[(offset + 6)..], timestamps.EchoReply);
            offset += TimestampsOptionLength;
        }

        if (WindowScale is { } shift)
        {
            options[offset++] = (byte)TcpOptionKind.NoOperation;
            options[offset++] = (byte)TcpOptionKind.WindowScale;
            options[offset++] = WindowScaleOptionLength;
            options[offset++] = shift;
        }
    }

    private static TcpHeader ReadOptions(TcpHeader header, ReadOnlySpan<byte> fullHeader)
    {
        ushort? mss = null;
        byte? windowScale = null;
        var sackPermitted = false;
        TcpTimestamps? timestamps = null;
        var offset = MinimumLength;
        while (offset < fullHeader.Length)
        {
            var kind = (TcpOptionKind)fullHeader[offset];
            if (kind == TcpOptionKind.EndOfOptions)
            {
                break;
            }

            if (kind == TcpOptionKind.NoOperation)
            {
                offset++;
                continue;
            }

            if (offset + 1 >= fullHeader.Length)
            {
                TcpFormatException.Reject(TcpFormatReason.BadOptionLength, offset, fullHeader);
            }

            var length = fullHeader[offset + 1];
            if (length < 2 || offset + length > fullHeader.Length || !HasValidLength(kind, length))
            {
                TcpFormatException.Reject(TcpFormatReason.BadOptionLength, offset + 1, fullHeader);
            }

            var option = fullHeader.Slice(offset, length);
            switch (kind)
            {
                case TcpOptionKind.MaximumSegmentSize:
                    mss = BinaryPrimitives.ReadUInt16BigEndian(option[2..]);
                    break;
                case TcpOptionKind.WindowScale:
                    windowScale = option[2];
                    break;
                case TcpOptionKind.SackPermitted:
                    sackPermitted = true;
                    break;
                case TcpOptionKind.Timestamps:
                    timestamps = new TcpTimestamps(BinaryPrimitives.ReadUInt32BigEndian(option[2..]), BinaryPrimitives.ReadUInt32BigEndian(option[6..]));
                    break;
                default:
                    // SACK blocks and unknown kinds are skipped by their length (RFC 9293 §3.2: MUST ignore unknown options).
                    break;
            }

            offset += length;
        }

        return header with { MaximumSegmentSize = mss, WindowScale = windowScale, SackPermitted = sackPermitted, Timestamps = timestamps };
    }

    private static bool HasValidLength(TcpOptionKind kind, byte length) => kind switch
    {
        TcpOptionKind.MaximumSegmentSize => length == MssOptionLength,
        TcpOptionKind.WindowScale => length == WindowScaleOptionLength,
        TcpOptionKind.SackPermitted => length == SackPermittedOptionLength,
        TcpOptionKind.Timestamps => length == TimestampsOptionLength,
        _ => true,
    };
}
