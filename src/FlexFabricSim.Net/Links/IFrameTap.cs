namespace FlexFabricSim.Net.Links;

/// <summary>Receives a copy of every frame that crosses a link, with the link's clock (virtual in the lab, real on an interface).</summary>
public interface IFrameTap
{
    /// <summary>Records one frame; the span is valid only during the call. May be called from the link's receive thread.</summary>
    /// <param name="unixTimeNanoseconds">When the frame crossed, as nanoseconds since the Unix epoch.</param>
    /// <param name="direction">Whether the host sent or received it.</param>
    /// <param name="frame">The frame without FCS.</param>
    void OnFrame(long unixTimeNanoseconds, FrameDirection direction, ReadOnlySpan<byte> frame);
}
