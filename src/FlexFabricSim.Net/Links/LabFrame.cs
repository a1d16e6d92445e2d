namespace FlexFabricSim.Net.Links;

/// <summary>A frame in flight through the lab switch: a buffer shared by every port it is flooded to, back to the pool after the last.</summary>
/// <remarks>The lab is single-threaded, so frames and their buffers are recycled through <see cref="LabFramePool"/> without locks:
/// a switch carrying a steady load allocates nothing per frame.</remarks>
internal sealed class LabFrame
{
    private readonly LabFramePool _pool;
    private int _references;

    public LabFrame(LabFramePool pool, int capacity)
    {
        _pool = pool;
        Buffer = new byte[capacity];
    }

    public byte[] Buffer { get; }

    public int Length { get; private set; }

    public Span<byte> Span => Buffer.AsSpan(0, Length);

    public LabFrame AddReference()
    {
        _references++;
        return this;
    }

    public void Release()
    {
        if (--_references == 0)
        {
            _pool.Return(this);
        }
    }

    internal void Reset(int length)
    {
        Length = length;
        _references = 1;
    }
}

/// <summary>Recycles <see cref="LabFrame"/>s of one lab switch (standard frames in one size class; larger ones are never pooled).</summary>
internal sealed class LabFramePool
{
    /// <summary>Buffer size of pooled frames: a tagged standard frame fits.</summary>
    private const int PooledCapacity = 1536;

    private readonly Stack<LabFrame> _free = new();

    public LabFrame Copy(ReadOnlySpan<byte> frame)
    {
        var copy = Rent(frame.Length);
        frame.CopyTo(copy.Buffer);
        return copy;
    }

    public LabFrame Rent(int length)
    {
        var frame = length <= PooledCapacity && _free.TryPop(out var pooled) ? pooled : new LabFrame(this, Math.Max(length, PooledCapacity));
        frame.Reset(length);
        return frame;
    }

    public void Return(LabFrame frame)
    {
        if (frame.Buffer.Length == PooledCapacity)
        {
            _free.Push(frame);
        }
    }
}
