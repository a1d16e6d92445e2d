namespace FlexFabricSim.Net.Tcp;

/// <summary>A FIFO of bytes in pooled 16 KiB chunks: memory follows what is buffered, not the buffer's limit.</summary>
/// <remarks>TCP send and receive buffers: append at the tail, read or discard at the head, copy from any offset (retransmission).</remarks>
internal sealed class ByteQueue(ChunkPool pool) : IDisposable
{
    private const int ChunkSize = ChunkPool.ChunkSize;
    private readonly List<byte[]> _chunks = [];
    private int _head;

    public int Count { get; private set; }

    public void Append(ReadOnlySpan<byte> data)
    {
        while (!data.IsEmpty)
        {
            var tail = (_head + Count) % ChunkSize;
            if (tail == 0 && (_head + Count) / ChunkSize == _chunks.Count)
            {
                _chunks.Add(pool.Rent());
            }

            var chunk = _chunks[(_head + Count) / ChunkSize];
            var take = Math.Min(data.Length, ChunkSize - tail);
            data[..take].CopyTo(chunk.AsSpan(tail));
            Count += take;
            data = data[take..];
        }
    }

    /// <summary>Copies <paramref name="destination"/>.Length bytes starting <paramref name="offset"/> bytes after the head.</summary>
    public void CopyTo(int offset, Span<byte> destination)
    {
        if (offset < 0 || offset + destination.Length > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(offset), "beyond the buffered bytes");
        }

        var position = _head + offset;
        while (!destination.IsEmpty)
        {
            var chunk = _chunks[position / ChunkSize];
            var within = position % ChunkSize;
            var take = Math.Min(destination.Length, ChunkSize - within);
            chunk.AsSpan(within, take).CopyTo(destination);
            destination = destination[take..];
            position += take;
        }
    }

    /// <summary>Copies up to <paramref name="destination"/>.Length bytes from the head and removes them.</summary>
    public int Read(Span<byte> destination)
    {
        var count = Math.Min(destination.Length, Count);
        CopyTo(0, destination[..count]);
        Discard(count);
        return count;
    }

    /// <summary>Removes <paramref name="count"/> bytes from the head, returning emptied chunks to the pool.</summary>
    public void Discard(int count)
    {
        if (count < 0 || count > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(count));
        }

        _head += count;
        Count -= count;
        while (_chunks.Count > 0 && (_head >= ChunkSize || Count == 0))
        {
            if (Count == 0)
            {
                // Empty: keep nothing, start again at the first byte of a fresh chunk.
                foreach (var chunk in _chunks)
                {
                    pool.Return(chunk);
                }

                _chunks.Clear();
                _head = 0;
                break;
            }

            pool.Return(_chunks[0]);
            _chunks.RemoveAt(0);
            _head -= ChunkSize;
        }
    }

    public void Dispose() => Discard(Count);
}

/// <summary>Free 16 KiB chunks for the byte queues of one stack; single-threaded like the stack, so no locks and no cap.</summary>
/// <remarks>Memory follows the peak of buffered data; unlike the shared array pool, nothing is dropped to the GC and reallocated,
/// which matters with a thousand connections in one process.</remarks>
internal sealed class ChunkPool
{
    public const int ChunkSize = 16 * 1024;

    private readonly Stack<byte[]> _free = new();

    public byte[] Rent() => _free.TryPop(out var chunk) ? chunk : new byte[ChunkSize];

    public void Return(byte[] chunk) => _free.Push(chunk);
}
