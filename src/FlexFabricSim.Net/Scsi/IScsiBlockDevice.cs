namespace FlexFabricSim.Net.Scsi;

/// <summary>The storage behind a simulated logical unit: fixed-size blocks, positional reads and writes, a durability barrier.</summary>
/// <remarks>Implementations are safe for concurrent use by several sessions (positional I/O, no shared cursor).</remarks>
public interface IScsiBlockDevice : IDisposable
{
    /// <summary>Bytes per logical block.</summary>
    int BlockSize { get; }

    /// <summary>Number of logical blocks.</summary>
    long BlockCount { get; }

    /// <summary>Whether writes are refused (DATA PROTECT).</summary>
    bool IsReadOnly { get; }

    /// <summary>Reads <paramref name="destination"/>.Length bytes starting at byte <paramref name="offset"/>.</summary>
    void Read(long offset, Span<byte> destination);

    /// <summary>Writes <paramref name="source"/> at byte <paramref name="offset"/>.</summary>
    void Write(long offset, ReadOnlySpan<byte> source);

    /// <summary>Makes every completed write durable (SYNCHRONIZE CACHE, logout).</summary>
    void Flush();
}
