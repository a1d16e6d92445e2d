using FlexFabricSim.Net.Links;

namespace FlexFabricSim.Boot.Engine;

/// <summary>A frame that crossed the adapter's link: when (Unix nanoseconds, on the link's clock), which way, and its bytes.</summary>
public sealed record CapturedFrame(long UnixTimeNanoseconds, FrameDirection Direction, byte[] Bytes);
