namespace FlexFabricSim.Net.Scsi;

/// <summary>A RAM disk (<c>--lun N=mem:SIZE</c>): 1 MiB chunks allocated on first write, so an untouched disk costs nothing.</summary>
public sealed class MemoryBlockDevice : IScsiBlockDevice
{
    private const int ChunkSize = 1 << 20;
    private readonly byte[]?[] _chunks;
    private readonly object _gate = new();

    /// <summary>Creates a zero-filled RAM disk of <paramref name="sizeBytes"/> (rounded down to whole blocks).</summary>
    public MemoryBlockDevice(long sizeBytes, int blockSize = 512)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize, 512);
        ArgumentOutOfRangeException.ThrowIfLessThan(sizeBytes, blockSize);
        BlockSize = blockSize;
        BlockCount = sizeBytes / blockSize;
        _chunks = new byte[]?[(BlockCount * blockSize + ChunkSize - 1) / ChunkSize];
    }

    /// <inheritdoc />
    public int BlockSize { get; }

    /// <inheritdoc />
    public long BlockCount { get; }

    /// <inheritdoc />
    public bool IsReadOnly => false;

    /// <inheritdoc />
    public void Read(long offset, Span<byte> destination)
    {
        while (!destination.IsEmpty)
        {
            var (index, within, n) = Locate(offset, destination.Length);
            var chunk = Volatile.Read(ref _chunks[index]);
            if (chunk is null)
            {
                destination[..n].Clear();
            }
            else
            {
                chunk.AsSpan(within, n).CopyTo(destination);
            }
            destination = destination[n..];
            offset += n;
        }
    }

    /// <inheritdoc />
    public void Write(long offset, ReadOnlySpan<byte> source)
    {
        while (!source.IsEmpty)
        {
            var (index, within, n) = Locate(offset, source.Length);
            var chunk = Volatile.Read(ref _chunks[index]);
            if (chunk is null)
            {
                lock (_gate)
                {
                    chunk = _chunks[index] ??= new byte[ChunkSize];
                }
            }
            source[..n].CopyTo(chunk.AsSpan(within));
            source = source[n..];
            offset += n;
        }
    }

    /// <inheritdoc />
    public void Flush()
    {
        // RAM is as durable as this disk gets: it lives as long as the process.
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private (int Index, int Within, int Count) Locate(long offset, int wanted)
    {
        var index = (int)(offset / ChunkSize);
        var within = (int)(offset % ChunkSize);
        return (index, within, Math.Min(wanted, ChunkSize - within));
    }
}
