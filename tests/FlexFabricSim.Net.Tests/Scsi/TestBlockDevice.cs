using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Tests.Scsi;

/// <summary>A RAM disk that counts flushes and can be made read-only or failing, to see what a logical unit asks of its storage.</summary>
public sealed class TestBlockDevice(long sizeBytes, bool readOnly = false) : IScsiBlockDevice
{
    private readonly MemoryBlockDevice _memory = new(sizeBytes);

    public int Flushes { get; private set; }

    /// <summary>When set, writes and flushes fail with an I/O error (a disk that went away).</summary>
    public bool Failing { get; set; }

    public int BlockSize => _memory.BlockSize;

    public long BlockCount => _memory.BlockCount;

    public bool IsReadOnly => readOnly;

    public void Read(long offset, Span<byte> destination) => _memory.Read(offset, destination);

    public void Write(long offset, ReadOnlySpan<byte> source)
    {
        if (Failing)
        {
            throw new IOException("simulated write failure");
        }
        _memory.Write(offset, source);
    }

    public void Flush()
    {
        if (Failing)
        {
            throw new IOException("simulated flush failure");
        }
        Flushes++;
    }

    public void Dispose() => _memory.Dispose();
}
