using System.Buffers;

namespace FlexFabricSim.Net.Links;

/// <summary>A frame in flight through the lab switch: a pooled buffer shared by every port it is flooded to, released by the last.</summary>
internal sealed class LabFrame
{
    private byte[]? _buffer;
    private int _references;

    private LabFrame(byte[] buffer, int length)
    {
        _buffer = buffer;
        Length = length;
        _references = 1;
    }

    public int Length { get; }

    public Span<byte> Span => _buffer.AsSpan(0, Length);

    public static LabFrame Copy(ReadOnlySpan<byte> frame)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(frame.Length);
        frame.CopyTo(buffer);
        return new LabFrame(buffer, frame.Length);
    }

    public static LabFrame Allocate(int length) => new(ArrayPool<byte>.Shared.Rent(length), length);

    public LabFrame AddReference()
    {
        _references++;
        return this;
    }

    public void Release()
    {
        if (--_references == 0 && _buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
