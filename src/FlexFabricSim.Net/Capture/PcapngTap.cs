using FlexFabricSim.Net.Links;

namespace FlexFabricSim.Net.Capture;

/// <summary>Records every frame of one link as one pcapng interface (link type Ethernet, with direction flags).</summary>
/// <remarks>Several taps may share one <see cref="PcapngWriter"/> (one interface each), e.g. every port of a lab switch.</remarks>
public sealed class PcapngTap : IFrameTap
{
    private readonly PcapngWriter _writer;
    private readonly int _interfaceId;

    /// <summary>Adds an interface named <paramref name="interfaceName"/> to <paramref name="writer"/> and records into it.</summary>
    public PcapngTap(PcapngWriter writer, string interfaceName)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _interfaceId = writer.AddInterface(PcapngLinkType.Ethernet, interfaceName);
    }

    /// <summary>Creates a tap on <paramref name="link"/> writing into <paramref name="writer"/>, and attaches it.</summary>
    public static PcapngTap Attach(IEthernetLink link, PcapngWriter writer)
    {
        ArgumentNullException.ThrowIfNull(link);
        var tap = new PcapngTap(writer, link.Name);
        link.AddTap(tap);
        return tap;
    }

    /// <inheritdoc />
    public void OnFrame(long unixTimeNanoseconds, FrameDirection direction, ReadOnlySpan<byte> frame) =>
        _writer.WritePacket(_interfaceId, unixTimeNanoseconds, frame, direction);
}
