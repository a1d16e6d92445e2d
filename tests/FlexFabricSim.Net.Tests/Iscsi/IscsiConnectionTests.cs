using FlexFabricSim.Net.Iscsi;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Tests.Iscsi;

/// <summary>The connection's I/O loop: header-first reads, data placed in the caller's buffer, large data written from where it
/// lies; the bytes on the wire are always exactly the codec's.</summary>
public sealed class IscsiConnectionTests
{
    public static TheoryData<IscsiDigests> AllDigests() => new() { IscsiDigests.None, IscsiDigests.Header, IscsiDigests.Data, IscsiDigests.Both };

    /// <summary>A mix a bulk READ produces: large Data-In (direct write, lean header reads), small PDUs between, odd lengths (padding).</summary>
    private static IscsiPdu[] Mix()
    {
        var random = new Random(7143);
        byte[] Bytes(int n)
        {
            var b = new byte[n];
            random.NextBytes(b);
            return b;
        }
        return
        [
            new IscsiScsiCommand { InitiatorTaskTag = 1, Read = true, ExpectedDataTransferLength = 262_144, Cdb = new ScsiRead10(0, 512).ToArray() },
            new IscsiDataIn { InitiatorTaskTag = 1, DataSN = 0, BufferOffset = 0, Data = Bytes(262_144) },
            new IscsiDataIn { InitiatorTaskTag = 1, DataSN = 1, BufferOffset = 262_144, Data = Bytes(65_537), HasStatus = true, Final = true },
            new IscsiNopIn { InitiatorTaskTag = 9, Data = Bytes(3) },
            new IscsiDataIn { InitiatorTaskTag = 2, Data = Bytes(32_767) },
            new IscsiDataIn { InitiatorTaskTag = 2, Data = Bytes(32_768), AdditionalHeaderSegments = new byte[] { 0, 1, 2, 9 } },
            new IscsiScsiResponse { InitiatorTaskTag = 3, Status = ScsiStatus.CheckCondition, Data = IscsiScsiResponse.CreateSenseSegment(ScsiSense.LbaOutOfRange.ToFixedFormat()) },
            new IscsiDataIn { InitiatorTaskTag = 4, Data = Bytes(200_001) },
        ];
    }

    [Theory]
    [MemberData(nameof(AllDigests))]
    public async Task WritesExactlyTheCodecsBytesWhateverTheDataSize(IscsiDigests digests)
    {
        var wire = new MemoryStream();
        await using var writer = new IscsiConnection(wire) { Digests = digests };
        var pdus = Mix();
        foreach (var pdu in pdus)
        {
            await writer.WriteAsync(pdu);
        }
        Assert.Equal(pdus.SelectMany(p => p.ToArray(digests)).ToArray(), wire.ToArray());
        Assert.Equal(pdus.Length, writer.PdusWritten);
    }

    [Theory]
    [MemberData(nameof(AllDigests))]
    public async Task ReadsBackEveryPduWhateverTheReadSizes(IscsiDigests digests)
    {
        var pdus = Mix();
        var wire = pdus.SelectMany(p => p.ToArray(digests)).ToArray();
        foreach (var maxChunk in new[] { 1 << 20, 70_000, 4096, 49, 7 })
        {
            await using var reader = new IscsiConnection(new ChunkedStream(wire, maxChunk, seed: maxChunk)) { Digests = digests, MaxRecvDataSegmentLength = 1 << 20 };
            foreach (var expected in pdus)
            {
                var pdu = await reader.ReadAsync();
                Assert.NotNull(pdu);
                Assert.Equal(expected.ToArray(digests), pdu.ToArray(digests));
            }
            Assert.Null(await reader.ReadAsync());
        }
    }

    [Fact]
    public async Task TheReadAheadBufferStaysSmallForLoginSizedTrafficAndGrowsOnlyToItsLimitForBulk()
    {
        // A login exchange and a boot ROM's few small commands: a thousand idle boot sessions must not hold 64 KiB each.
        var small = Enumerable.Range(0, 40).Select(i => (IscsiPdu)new IscsiNopIn { InitiatorTaskTag = (uint)i, Data = new byte[i * 50] }).ToArray();
        await using (var reader = new IscsiConnection(new SegmentedStream(small.Select(p => p.ToArray()))))
        {
            var initial = reader.ReadAheadCapacity;
            foreach (var expected in small)
            {
                Assert.Equal(expected.ToArray(), (await reader.ReadAsync())!.ToArray());
            }
            Assert.Equal(initial, reader.ReadAheadCapacity);
            Assert.True(initial <= 4096, $"read-ahead starts at {initial} bytes");
        }

        // Bulk traffic that keeps the buffer full grows it, but never past the 64 KiB read-ahead limit.
        var bulk = Enumerable.Range(0, 30).Select(i => (IscsiPdu)new IscsiDataIn { InitiatorTaskTag = 1, DataSN = (uint)i, Data = new byte[20_000 + i] }).ToArray();
        await using (var reader = new IscsiConnection(new MemoryStream(bulk.SelectMany(p => p.ToArray()).ToArray())) { MaxRecvDataSegmentLength = 1 << 20 })
        {
            foreach (var expected in bulk)
            {
                Assert.Equal(expected.ToArray(), (await reader.ReadAsync())!.ToArray());
            }
            Assert.Equal(64 * 1024, reader.ReadAheadCapacity);
        }
    }

    [Theory]
    [MemberData(nameof(AllDigests))]
    public async Task PlacedDataLandsInTheCallersBufferAndIsDigestChecked(IscsiDigests digests)
    {
        var pdus = Mix();
        var wire = pdus.SelectMany(p => p.ToArray(digests)).ToArray();
        var destination = new byte[262_144 + 65_537];
        Memory<byte> Place(IscsiPdu header, int length) => header is IscsiDataIn { InitiatorTaskTag: 1 } d
            ? destination.AsMemory((int)d.BufferOffset, length)
            : Memory<byte>.Empty;
        await using var reader = new IscsiConnection(new ChunkedStream(wire, 10_000, seed: 1)) { Digests = digests, MaxRecvDataSegmentLength = 1 << 20 };

        Assert.IsType<IscsiScsiCommand>(await reader.ReadAsync(Place));
        var first = (IscsiDataIn)(await reader.ReadAsync(Place))!;
        var second = (IscsiDataIn)(await reader.ReadAsync(Place))!;
        Assert.True(destination.AsSpan(0, 262_144).Overlaps(first.Data.Span, out var at) && at == 0, "the data was not read in place");
        Assert.True(destination.AsSpan(262_144).Overlaps(second.Data.Span, out at) && at == 0, "the data was not read in place");
        Assert.Equal([.. pdus[1].Data.ToArray(), .. pdus[2].Data.ToArray()], destination);
        // A PDU the placement does not claim gets an array of its own.
        var ping = (IscsiNopIn)(await reader.ReadAsync(Place))!;
        Assert.False(destination.AsSpan().Overlaps(ping.Data.Span));
        Assert.Equal(pdus[3].Data.ToArray(), ping.Data.ToArray());
    }

    [Fact]
    public async Task APlacementOfTheWrongLengthIsIgnored()
    {
        var pdu = new IscsiDataIn { InitiatorTaskTag = 1, Data = Enumerable.Range(0, 100).Select(i => (byte)i).ToArray() };
        var tooShort = new byte[99];
        await using var reader = new IscsiConnection(new MemoryStream(pdu.ToArray()));
        var read = await reader.ReadAsync((_, _) => tooShort);
        Assert.Equal(pdu.Data.ToArray(), read!.Data.ToArray());
        Assert.All(tooShort, b => Assert.Equal(0, b));
    }

    [Fact]
    public async Task APlacedDataSegmentWithABadDigestIsRejected()
    {
        var bytes = new IscsiDataIn { InitiatorTaskTag = 1, Data = new byte[64 * 1024] }.ToArray(IscsiDigests.Data);
        bytes[^1] ^= 0x01;
        var destination = new byte[64 * 1024];
        await using var reader = new IscsiConnection(new MemoryStream(bytes)) { Digests = IscsiDigests.Data, MaxRecvDataSegmentLength = 1 << 20 };
        var e = await Assert.ThrowsAsync<IscsiFormatException>(() => reader.ReadAsync((_, _) => destination).AsTask());
        Assert.Equal(IscsiFormatReason.DataDigestMismatch, e.Reason);
        Assert.Equal(48 + destination.Length, e.Offset); // the digest follows the 48-byte BHS and the data
    }

    [Fact]
    public async Task AStreamEndingAnywhereInsideAPduNamesItsFramingPhase()
    {
        const IscsiDigests digests = IscsiDigests.Both;
        var bytes = new IscsiDataIn { InitiatorTaskTag = 1, Data = new byte[70_001], AdditionalHeaderSegments = new byte[] { 0, 1, 2, 9 } }.ToArray(digests);
        var lengths = Enumerable.Range(0, 120).Concat(Enumerable.Range(bytes.Length - 40, 40)).Concat([bytes.Length / 2]);
        foreach (var length in lengths)
        {
            await using var reader = new IscsiConnection(new ChunkedStream(bytes[..length], 5000, seed: length)) { Digests = digests, MaxRecvDataSegmentLength = 1 << 20 };
            if (length == 0)
            {
                Assert.Null(await reader.ReadAsync());
                continue;
            }
            var expected = IscsiPduReader.TruncationReason(IscsiPduReader.PhaseAt(bytes.AsSpan(0, length), digests));
            var e = await Assert.ThrowsAsync<IscsiFormatException>(() => reader.ReadAsync((_, n) => new byte[n]).AsTask());
            Assert.Equal(expected, e.Reason);
            Assert.Equal(length, e.Offset);
        }
    }

    /// <summary>A read-only stream that hands out its segments one at a time, as a peer answering request by request sends them.</summary>
    private sealed class SegmentedStream(IEnumerable<byte[]> segments) : Stream
    {
        private readonly Queue<byte[]> _segments = new(segments);
        private int _offset;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            if (!_segments.TryPeek(out var segment))
            {
                return 0;
            }
            var n = Math.Min(buffer.Length, segment.Length - _offset);
            segment.AsSpan(_offset, n).CopyTo(buffer);
            _offset += n;
            if (_offset == segment.Length)
            {
                _segments.Dequeue();
                _offset = 0;
            }
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A read-only stream over fixed bytes that hands them out in pseudo-random chunks of 1 to <c>maxChunk</c> bytes.</summary>
    private sealed class ChunkedStream(byte[] bytes, int maxChunk, int seed) : Stream
    {
        private readonly Random _random = new(seed);
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => bytes.Length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(Math.Min(buffer.Length, bytes.Length - _position), _random.Next(1, maxChunk + 1));
            bytes.AsSpan(_position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
