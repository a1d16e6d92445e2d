using FlexFabricSim.Net.Links;

namespace FlexFabricSim.Boot.Engine;

/// <summary>Keeps a copy of every frame crossing a link, for the ladder diagram (the pcapng tap keeps the bytes for Wireshark).</summary>
internal sealed class FrameRecorder : IFrameTap
{
    private readonly List<CapturedFrame> _frames = [];
    private readonly object _gate = new();

    /// <summary>The frames so far, in the order they crossed.</summary>
    public IReadOnlyList<CapturedFrame> Frames
    {
        get
        {
            lock (_gate)
            {
                return [.. _frames];
            }
        }
    }

    /// <inheritdoc />
    public void OnFrame(long unixTimeNanoseconds, FrameDirection direction, ReadOnlySpan<byte> frame)
    {
        var copy = new CapturedFrame(unixTimeNanoseconds, direction, frame.ToArray());
        lock (_gate)
        {
            // A real interface calls from its receive thread, the stack from its own: the lock keeps the list whole.
            _frames.Add(copy);
        }
    }
}
