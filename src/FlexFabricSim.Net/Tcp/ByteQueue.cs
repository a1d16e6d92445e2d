using System.Buffers;

namespace FlexFabricSim.Net.Tcp;

/// <summary>A FIFO of bytes in pooled 16 KiB chunks: memory follows what is buffered, not the buffer's limit.</summary>
/// <remarks>TCP send and receive buffers: append at the tail, read or discard at the head, copy from any offset (retransmission).</remarks>
internal sealed class ByteQueue : IDisposable
{
    private const int ChunkSize = 16 * 1024;
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
                _chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
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
                    ArrayPool<byte>.Shared.Return(chunk);
                }

                _chunks.Clear();
                _head = 0;
                break;
            }

            ArrayPool<byte>.Shared.Return(_chunks[0]);
            _chunks.RemoveAt(0);
            _head -= ChunkSize;
        }
    }

    public void Dispose() => Discard(Count);
}
