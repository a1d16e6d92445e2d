using System.Buffers;

namespace FlexFabricSim.Net.Iscsi;

/// <summary>PDUs over any byte stream (a host socket, the simulated adapter's TCP, an in-memory pipe): the endpoint's I/O loop
/// around the pure <see cref="IscsiPduReader"/> (style anchor G5).</summary>
/// <remarks>
/// Reads go header first: the BHS, AHS and header digest through a small read-ahead buffer, then the data segment straight to
/// where an <see cref="IscsiDataPlacement"/> says (a READ's destination) or into an array of its own, so decoded PDUs stay valid.
/// Writes send a large data segment from where it lies instead of copying it behind the header. MaxRecvDataSegmentLength is
/// enforced here, from the BHS, before waiting for the data. One reader and any number of writers may use a connection at once.
/// Memory follows use, not the limits: the read-ahead buffer starts small and grows only when a PDU part needs more room or
/// the stream keeps it full (bulk traffic), and a write borrows its staging buffer from the shared pool for the write alone,
/// so a thousand mostly idle boot sessions in one lab cost little.
/// </remarks>
public sealed class IscsiConnection : IAsyncDisposable
{
    /// <summary>The read-ahead buffer's limit: a bulk reader reads this far ahead.</summary>
    private const int BufferSize = 64 * 1024;

    /// <summary>The read-ahead buffer's first size: a BHS, a typical login or text PDU, a few dozen pipelined commands.</summary>
    private const int InitialBufferSize = 4 * 1024;

    /// <summary>Data segments at least this long are written from the PDU's own memory rather than copied behind the header.</summary>
    private const int DirectWriteThreshold = 32 * 1024;

    /// <summary>The longest header part: BHS, 1020 bytes of AHS, header digest.</summary>
    private const int MaxHeaderLength = IscsiBhs.Length + 255 * 4 + IscsiBhs.DigestLength;

    /// <summary>The longest data trailer: 3 bytes of padding and the data digest.</summary>
    private const int MaxTrailerLength = 3 + IscsiBhs.DigestLength;

    private readonly Stream _stream;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private byte[] _buffer = new byte[InitialBufferSize];
    private readonly byte[] _lastHeader = new byte[IscsiBhs.Length];
    private int _start;
    private int _end;
    private bool _streaming;

    /// <summary>Wraps <paramref name="stream"/>; the connection owns it and disposes it.</summary>
    public IscsiConnection(Stream stream) => _stream = stream;

    /// <summary>Digests carried by PDUs in both directions (set after login, RFC 7143 §13.1).</summary>
    public IscsiDigests Digests { get; set; }

    /// <summary>The most data this side accepts in one PDU: the MaxRecvDataSegmentLength it declared (8192 during login, §13.12).</summary>
    public int MaxRecvDataSegmentLength { get; set; } = 8192;

    /// <summary>The BHS of the last PDU read or attempted: what a Reject quotes when that PDU could not be decoded.</summary>
    public ReadOnlyMemory<byte> LastHeader => _lastHeader;

    /// <summary>Bytes the read-ahead buffer holds now: what the connection keeps between PDUs (small until bulk traffic grows it).</summary>
    public int ReadAheadCapacity => _buffer.Length;

    /// <summary>PDUs read so far.</summary>
    public long PdusRead { get; private set; }

    /// <summary>PDUs written so far.</summary>
    public long PdusWritten { get; private set; }

    /// <summary>Reads the next PDU, its data in an array of its own; null when the stream ended cleanly between PDUs.</summary>
    /// <exception cref="IscsiFormatException">The PDU is malformed, too long, or the stream ended inside it.</exception>
    public ValueTask<IscsiPdu?> ReadAsync(CancellationToken cancellationToken = default) => ReadAsync(null, cancellationToken);

    /// <summary>Reads the next PDU, its data segment where <paramref name="placement"/> puts it; null when the stream ended
    /// cleanly between PDUs.</summary>
    /// <remarks>A placement that throws leaves the connection inside the PDU: the caller must give the connection up.</remarks>
    /// <exception cref="IscsiFormatException">The PDU is malformed, too long, or the stream ended inside it; placed data may
    /// then be partly written.</exception>
    public async ValueTask<IscsiPdu?> ReadAsync(IscsiDataPlacement? placement, CancellationToken cancellationToken = default)
    {
        // While large data segments stream in (a bulk READ), read headers exactly instead of 64 KiB ahead: read-ahead would pull
        // the next data segment through the buffer and copy it twice.
        var lean = _streaming;
        var basicHeader = IscsiBhs.Length + ((Digests & IscsiDigests.Header) != 0 ? IscsiBhs.DigestLength : 0);
        if (!await FillAsync(IscsiBhs.Length, lean ? basicHeader : BufferSize, cancellationToken))
        {
            if (_end == _start)
            {
                return null;
            }
            IscsiFormatException.Reject(IscsiFormatReason.TruncatedBhs, _end - _start, _buffer.AsSpan(_start, _end - _start));
        }
        _buffer.AsSpan(_start, IscsiBhs.Length).CopyTo(_lastHeader);
        var dataLength = IscsiPduReader.PeekDataSegmentLength(_lastHeader);
        if (dataLength > MaxRecvDataSegmentLength)
        {
            IscsiFormatException.Reject(IscsiFormatReason.BadDataSegmentLength, IscsiBhs.DataSegmentLengthOffset, _lastHeader,
                $"{dataLength} bytes exceeds MaxRecvDataSegmentLength {MaxRecvDataSegmentLength}");
        }

        var headerLength = IscsiPduReader.GetHeaderLength(_lastHeader, Digests);
        if (!await FillAsync(headerLength, lean ? headerLength : BufferSize, cancellationToken))
        {
            RejectTruncated(_end - _start);
        }
        var ahsLength = _lastHeader[IscsiBhs.TotalAhsLengthOffset] * 4;
        var ahs = ahsLength == 0 ? ReadOnlyMemory<byte>.Empty : _buffer.AsSpan(_start + IscsiBhs.Length, ahsLength).ToArray();
        var header = IscsiPduReader.DecodeHeader(_buffer.AsSpan(_start, headerLength), ahs, Digests, ReadOnlyMemory<byte>.Empty);
        _start += headerLength;
        _streaming = dataLength >= BufferSize / 2;
        if (dataLength == 0)
        {
            PdusRead++;
            return header;
        }

        var data = placement?.Invoke(header, dataLength) ?? Memory<byte>.Empty;
        if (data.Length != dataLength)
        {
            data = GC.AllocateUninitializedArray<byte>(dataLength); // every byte is read into, or the PDU is rejected
        }
        var filled = await ReadIntoAsync(data, cancellationToken);
        if (filled < dataLength)
        {
            RejectTruncated(headerLength + filled);
        }
        var trailerLength = IscsiPduReader.GetDataTrailerLength(dataLength, Digests);
        if (!await FillAsync(trailerLength, _streaming ? trailerLength + basicHeader : BufferSize, cancellationToken))
        {
            RejectTruncated(headerLength + dataLength + _end - _start);
        }
        IscsiPduReader.CheckDataTrailer(data.Span, _buffer.AsSpan(_start, trailerLength), Digests, headerLength);
        _start += trailerLength;
        PdusRead++;
        return header with { Data = data };
    }

    /// <summary>Writes one PDU with the connection's digests.</summary>
    public async ValueTask WriteAsync(IscsiPdu pdu, CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken);
        var direct = pdu.Data.Length >= DirectWriteThreshold;
        // A stream may use the bytes until its write completes, so the staging buffer is returned only after the last write.
        var staging = ArrayPool<byte>.Shared.Rent(MaxHeaderLength + (direct ? 0 : pdu.Data.Length) + MaxTrailerLength);
        try
        {
            var digests = Digests;
            var headerLength = pdu.WriteHeaderTo(staging, digests);
            if (!direct)
            {
                // Small: header, data and trailer in one write (one TCP segment with Nagle off).
                pdu.Data.Span.CopyTo(staging.AsSpan(headerLength));
                var length = headerLength + pdu.Data.Length;
                length += pdu.WriteDataTrailerTo(staging.AsSpan(length), digests);
                await _stream.WriteAsync(staging.AsMemory(0, length), cancellationToken);
            }
            else
            {
                await _stream.WriteAsync(staging.AsMemory(0, headerLength), cancellationToken);
                await _stream.WriteAsync(pdu.Data, cancellationToken);
                var trailer = pdu.WriteDataTrailerTo(staging, digests);
                if (trailer > 0)
                {
                    await _stream.WriteAsync(staging.AsMemory(0, trailer), cancellationToken);
                }
            }
            await _stream.FlushAsync(cancellationToken);
            PdusWritten++;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(staging);
            _writeGate.Release();
        }
    }

    /// <summary>Writes raw bytes (fault injection and robustness tests only: hostile or broken PDUs).</summary>
    public async ValueTask WriteRawAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await _stream.WriteAsync(bytes, cancellationToken);
            await _stream.FlushAsync(cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _writeGate.Dispose();
    }

    /// <summary>Fills <paramref name="destination"/>: first from the read-ahead buffer, then straight from the stream (large rests) or
    /// through the buffer (small ones). Returns the bytes filled, fewer only when the stream ended.</summary>
    private async ValueTask<int> ReadIntoAsync(Memory<byte> destination, CancellationToken cancellationToken)
    {
        var filled = Math.Min(destination.Length, _end - _start);
        _buffer.AsSpan(_start, filled).CopyTo(destination.Span);
        _start += filled;
        if (destination.Length - filled >= BufferSize / 2)
        {
            while (filled < destination.Length)
            {
                var n = await _stream.ReadAsync(destination[filled..], cancellationToken);
                if (n == 0)
                {
                    break;
                }
                filled += n;
            }
            return filled;
        }
        if (filled < destination.Length)
        {
            await FillAsync(destination.Length - filled, BufferSize, cancellationToken); // a short fill is reported by the caller
            var n = Math.Min(destination.Length - filled, _end - _start);
            _buffer.AsSpan(_start, n).CopyTo(destination.Span[filled..]);
            _start += n;
            filled += n;
        }
        return filled;
    }

    /// <summary>Buffers at least <paramref name="count"/> unread bytes, reading no further ahead than <paramref name="limit"/> unread
    /// bytes; false when the stream ends first.</summary>
    private async ValueTask<bool> FillAsync(int count, int limit, CancellationToken cancellationToken)
    {
        count = Math.Min(count, BufferSize);
        if (_end - _start >= count)
        {
            return true;
        }
        if (count > _buffer.Length)
        {
            Grow(count);
        }
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        limit = Math.Clamp(limit, count, _buffer.Length);
        while (_end < count)
        {
            var n = await _stream.ReadAsync(_buffer.AsMemory(_end, limit - _end), cancellationToken);
            if (n == 0)
            {
                return false;
            }
            _end += n;
        }
        if (_end == _buffer.Length && _buffer.Length < BufferSize)
        {
            // The stream filled every byte offered: more is probably waiting, so read further ahead next time.
            Grow(_buffer.Length * 2);
        }
        return true;
    }

    /// <summary>Replaces the read-ahead buffer with one of at least <paramref name="capacity"/> bytes (doubling, at most
    /// <see cref="BufferSize"/>), keeping the unread bytes at its start.</summary>
    private void Grow(int capacity)
    {
        var size = _buffer.Length;
        while (size < capacity)
        {
            size *= 2;
        }
        var grown = new byte[Math.Min(size, BufferSize)];
        _buffer.AsSpan(_start, _end - _start).CopyTo(grown);
        _end -= _start;
        _start = 0;
        _buffer = grown;
    }

    /// <summary>Rejects a PDU the stream ended inside, after <paramref name="received"/> of its bytes, naming the framing phase.</summary>
    private void RejectTruncated(int received) => IscsiFormatException.Reject(
        IscsiPduReader.TruncationReason(IscsiPduReader.PhaseAt(_lastHeader, received, Digests)), received, _lastHeader);
}
