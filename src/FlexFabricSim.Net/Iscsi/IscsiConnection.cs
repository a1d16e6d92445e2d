using System.Buffers;

namespace FlexFabricSim.Net.Iscsi;

/// <summary>PDUs over any byte stream (a host socket, the simulated adapter's TCP, an in-memory pipe): the endpoint's I/O loop
/// around the pure <see cref="IscsiPduReader"/> (style anchor G5).</summary>
/// <remarks>
/// Reads are buffered; a PDU's data is copied out so decoded PDUs stay valid. MaxRecvDataSegmentLength is enforced here,
/// from the BHS, before waiting for the data. One reader and any number of writers may use a connection at once.
/// </remarks>
public sealed class IscsiConnection : IAsyncDisposable
{
    private const int BufferSize = 64 * 1024;
    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[BufferSize];
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly byte[] _lastHeader = new byte[IscsiBhs.Length];
    private int _start;
    private int _end;

    /// <summary>Wraps <paramref name="stream"/>; the connection owns it and disposes it.</summary>
    public IscsiConnection(Stream stream) => _stream = stream;

    /// <summary>Digests carried by PDUs in both directions (set after login, RFC 7143 §13.1).</summary>
    public IscsiDigests Digests { get; set; }

    /// <summary>The most data this side accepts in one PDU: the MaxRecvDataSegmentLength it declared (8192 during login, §13.12).</summary>
    public int MaxRecvDataSegmentLength { get; set; } = 8192;

    /// <summary>The BHS of the last PDU read or attempted: what a Reject quotes when that PDU could not be decoded.</summary>
    public ReadOnlyMemory<byte> LastHeader => _lastHeader;

    /// <summary>PDUs read so far.</summary>
    public long PdusRead { get; private set; }

    /// <summary>PDUs written so far.</summary>
    public long PdusWritten { get; private set; }

    /// <summary>Reads the next PDU, or null when the stream ended cleanly between PDUs.</summary>
    /// <exception cref="IscsiFormatException">The PDU is malformed, too long, or the stream ended inside it.</exception>
    public async ValueTask<IscsiPdu?> ReadAsync(CancellationToken cancellationToken = default)
    {
        if (!await FillAsync(IscsiBhs.Length, cancellationToken))
        {
            if (_end == _start)
            {
                return null;
            }
            IscsiFormatException.Reject(IscsiFormatReason.TruncatedBhs, _end - _start, _buffer.AsSpan(_start, _end - _start));
        }
        var header = _buffer.AsSpan(_start, IscsiBhs.Length);
        header.CopyTo(_lastHeader);
        var dataLength = IscsiPduReader.PeekDataSegmentLength(header);
        if (dataLength > MaxRecvDataSegmentLength)
        {
            IscsiFormatException.Reject(IscsiFormatReason.BadDataSegmentLength, IscsiBhs.DataSegmentLengthOffset, header,
                $"{dataLength} bytes exceeds MaxRecvDataSegmentLength {MaxRecvDataSegmentLength}");
        }
        IscsiPduReader.TryGetPduLength(header, Digests, out var length);

        var bytes = GC.AllocateUninitializedArray<byte>(length); // every byte is overwritten or the PDU is rejected
        var buffered = Math.Min(length, _end - _start);
        _buffer.AsSpan(_start, buffered).CopyTo(bytes);
        _start += buffered;
        var filled = buffered;
        if (filled < length && length - filled >= BufferSize / 2)
        {
            // Large data: read straight into the PDU's own array instead of through the buffer.
            while (filled < length)
            {
                var n = await _stream.ReadAsync(bytes.AsMemory(filled), cancellationToken);
                if (n == 0)
                {
                    break;
                }
                filled += n;
            }
        }
        else if (filled < length)
        {
            await FillAsync(length - filled, cancellationToken); // a short fill is reported below as truncation
            var n = Math.Min(length - filled, _end - _start);
            _buffer.AsSpan(_start, n).CopyTo(bytes.AsSpan(filled));
            _start += n;
            filled += n;
        }
        if (filled < length)
        {
            var phase = IscsiPduReader.PhaseAt(bytes.AsSpan(0, filled), Digests);
            IscsiFormatException.Reject(IscsiPduReader.TruncationReason(phase), filled, bytes.AsSpan(0, Math.Min(filled, IscsiBhs.Length)));
        }
        PdusRead++;
        return IscsiPduReader.Decode(bytes, Digests);
    }

    /// <summary>Writes one PDU with the connection's digests.</summary>
    public async ValueTask WriteAsync(IscsiPdu pdu, CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken);
        var rented = ArrayPool<byte>.Shared.Rent(pdu.GetEncodedLength(Digests));
        try
        {
            var length = pdu.WriteTo(rented, Digests);
            await _stream.WriteAsync(rented.AsMemory(0, length), cancellationToken);
            await _stream.FlushAsync(cancellationToken);
            PdusWritten++;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
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

    /// <summary>Buffers at least <paramref name="count"/> unread bytes; false when the stream ends first.</summary>
    private async ValueTask<bool> FillAsync(int count, CancellationToken cancellationToken)
    {
        count = Math.Min(count, BufferSize);
        if (_end - _start >= count)
        {
            return true;
        }
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        while (_end < count)
        {
            var n = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
            if (n == 0)
            {
                return false;
            }
            _end += n;
        }
        return true;
    }
}
