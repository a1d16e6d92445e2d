using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using FlexFabricSim.Net.Links;

namespace FlexFabricSim.Net.Capture;

/// <summary>Writes a pcapng file (draft-ietf-opsawg-pcapng): a Section Header Block, Interface Description Blocks and Enhanced Packet Blocks.</summary>
/// <remarks>
/// Little-endian blocks (the byte-order magic tells readers). Every interface records nanosecond timestamps (if_tsresol 9) so
/// lab captures keep serialisation delays. The header carries no host name, OS or date, so the same frames give the same
/// file byte for byte. Thread-safe: a real interface's receive thread and its stack thread may write at once.
/// </remarks>
public sealed class PcapngWriter : IDisposable
{
    private const uint SectionHeaderBlockType = 0x0A0D0D0A;
    private const uint InterfaceDescriptionBlockType = 0x00000001;
    private const uint EnhancedPacketBlockType = 0x00000006;
    private const uint ByteOrderMagic = 0x1A2B3C4D;
    private const ushort OptionEnd = 0;
    private const ushort OptionComment = 1;
    private const ushort ShbUserApplication = 4;
    private const ushort IfName = 2;
    private const ushort IfDescription = 3;
    private const ushort IfTimestampResolution = 9;
    private const ushort EpbFlags = 2;
    private const byte NanosecondResolution = 9;

    /// <summary>Default snapshot length: frames are never cut.</summary>
    public const int DefaultSnapLength = 262144;

    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private readonly object _gate = new();
    private readonly List<int> _snapLengths = [];
    private bool _disposed;

    /// <summary>Starts a capture on <paramref name="output"/> by writing the Section Header Block.</summary>
    /// <param name="output">Where the blocks go.</param>
    /// <param name="application">The shb_userappl option ("FlexFabricSim" unless given).</param>
    /// <param name="leaveOpen">Whether disposing the writer leaves <paramref name="output"/> open.</param>
    public PcapngWriter(Stream output, string application = "FlexFabricSim", bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _leaveOpen = leaveOpen;
        var body = new BlockBuilder();
        body.UInt32(ByteOrderMagic);
        body.UInt16(1);
        body.UInt16(0);
        body.UInt64(ulong.MaxValue); // section length unknown: we stream
        body.StringOption(ShbUserApplication, application);
        body.EndOptions();
        WriteBlock(SectionHeaderBlockType, body);
    }

    /// <summary>Frames written so far.</summary>
    public long PacketCount { get; private set; }

    /// <summary>Declares an interface (a link) and returns its id for <see cref="WritePacket"/>.</summary>
    /// <param name="linkType">What the packets are (Ethernet for every link here).</param>
    /// <param name="name">if_name, for example the link's name.</param>
    /// <param name="description">if_description, free text.</param>
    /// <param name="snapLength">Longest captured length; longer packets are cut and keep their original length.</param>
    public int AddInterface(PcapngLinkType linkType, string? name = null, string? description = null, int snapLength = DefaultSnapLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(snapLength);
        var body = new BlockBuilder();
        body.UInt16((ushort)linkType);
        body.UInt16(0);
        body.UInt32((uint)snapLength);
        if (name is not null)
        {
            body.StringOption(IfName, name);
        }

        if (description is not null)
        {
            body.StringOption(IfDescription, description);
        }

        body.Option(IfTimestampResolution, [NanosecondResolution]);
        body.EndOptions();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            WriteBlock(InterfaceDescriptionBlockType, body);
            _snapLengths.Add(snapLength);
            return _snapLengths.Count - 1;
        }
    }

    /// <summary>Writes one Enhanced Packet Block.</summary>
    /// <param name="interfaceId">An id from <see cref="AddInterface"/>.</param>
    /// <param name="unixTimeNanoseconds">When the packet was seen, in nanoseconds since the Unix epoch.</param>
    /// <param name="packet">The packet (a frame without FCS for Ethernet).</param>
    /// <param name="direction">Inbound or outbound (epb_flags), or null to leave it unsaid.</param>
    /// <param name="comment">opt_comment, or null.</param>
    public void WritePacket(int interfaceId, long unixTimeNanoseconds, ReadOnlySpan<byte> packet, FrameDirection? direction = null, string? comment = null)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if ((uint)interfaceId >= (uint)_snapLengths.Count)
            {
                throw new ArgumentOutOfRangeException(nameof(interfaceId), interfaceId, "no such interface: call AddInterface first");
            }

            var captured = packet[..Math.Min(packet.Length, _snapLengths[interfaceId])];
            var body = new BlockBuilder(28 + captured.Length + 16);
            body.UInt32((uint)interfaceId);
            var timestamp = (ulong)unixTimeNanoseconds;
            body.UInt32((uint)(timestamp >> 32));
            body.UInt32((uint)timestamp);
            body.UInt32((uint)captured.Length);
            body.UInt32((uint)packet.Length);
            body.Bytes(captured);
            body.Pad();
            if (direction is { } d)
            {
                Span<byte> flags = stackalloc byte[4];
                BinaryPrimitives.WriteUInt32LittleEndian(flags, d == FrameDirection.Inbound ? 1u : 2u);
                body.Option(EpbFlags, flags);
            }

            if (comment is not null)
            {
                body.StringOption(OptionComment, comment);
            }

            if (direction is not null || comment is not null)
            {
                body.EndOptions();
            }

            WriteBlock(EnhancedPacketBlockType, body);
            PacketCount++;
        }
    }

    /// <summary>Pushes buffered blocks to the stream.</summary>
    public void Flush()
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _output.Flush();
            }
        }
    }

    /// <summary>Flushes and, unless asked to leave it open, closes the stream.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _output.Flush();
            if (!_leaveOpen)
            {
                _output.Dispose();
            }
        }
    }

    private void WriteBlock(uint type, BlockBuilder body)
    {
        // Block: type, total length, body (padded to 32 bits), total length again.
        var total = 12 + body.Length;
        var block = ArrayPool<byte>.Shared.Rent(total);
        try
        {
            BinaryPrimitives.WriteUInt32LittleEndian(block, type);
            BinaryPrimitives.WriteUInt32LittleEndian(block.AsSpan(4), (uint)total);
            body.Written.CopyTo(block.AsSpan(8));
            BinaryPrimitives.WriteUInt32LittleEndian(block.AsSpan(8 + body.Length), (uint)total);
            _output.Write(block, 0, total);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block);
            body.Dispose();
        }
    }

    /// <summary>A growable little-endian buffer for one block body, from the shared pool.</summary>
    private sealed class BlockBuilder(int capacity = 256) : IDisposable
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(capacity);

        public int Length { get; private set; }

        public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, Length);

        public void UInt16(ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(Take(2), value);

        public void UInt32(uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Take(4), value);

        public void UInt64(ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(Take(8), value);

        public void Bytes(ReadOnlySpan<byte> value) => value.CopyTo(Take(value.Length));

        public void Pad() => Take((4 - (Length % 4)) % 4).Clear();

        public void Option(ushort code, ReadOnlySpan<byte> value)
        {
            UInt16(code);
            UInt16((ushort)value.Length);
            Bytes(value);
            Pad();
        }

        public void StringOption(ushort code, string value) => Option(code, Encoding.UTF8.GetBytes(value));

        public void EndOptions()
        {
            UInt16(OptionEnd);
            UInt16(0);
        }

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }

        private Span<byte> Take(int count)
        {
            if (Length + count > _buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, Length + count));
                _buffer.AsSpan(0, Length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }

            var span = _buffer.AsSpan(Length, count);
            Length += count;
            return span;
        }
    }
}
