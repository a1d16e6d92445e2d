using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Lab;
using FlexFabricSim.Net.Links;
using FlexFabricSim.Net.Stack;

namespace FlexFabricSim.Net.Tests.Lab;

/// <summary>A bare lab host for tests: sends hand-built frames and records every frame it receives with its virtual time.</summary>
internal sealed class LabProbe : IEthernetLinkClient
{
    private readonly LabScheduler _lab;

    public LabProbe(LabScheduler lab, IEthernetLink link, LinkSpeeds speeds = LinkSpeeds.Any)
    {
        _lab = lab;
        Link = link;
        SupportedSpeeds = speeds;
        link.Attach(this);
    }

    public IEthernetLink Link { get; }

    public StackScheduler Scheduler => _lab;

    public LinkSpeeds SupportedSpeeds { get; }

    public List<(TimeSpan At, byte[] Frame)> Received { get; } = [];

    public List<LinkStatus> Statuses { get; } = [];

    public Action<byte[]>? OnFrame { get; set; }

    public void OnFrameReceived(ReadOnlySpan<byte> frame, ReceivedFrameFlags flags)
    {
        var copy = frame.ToArray();
        Received.Add((_lab.Clock.Elapsed, copy));
        OnFrame?.Invoke(copy);
    }

    public void OnLinkStatusChanged(LinkStatus status) => Statuses.Add(status);

    public void Send(ReadOnlySpan<byte> frame)
    {
        if (frame.Length < EthernetHeader.MinimumFrameLength)
        {
            var padded = new byte[EthernetHeader.MinimumFrameLength];
            frame.CopyTo(padded);
            Link.Transmit(padded);
            return;
        }

        Link.Transmit(frame);
    }

    /// <summary>Frames received whose EtherType (after an optional tag) is <paramref name="type"/>.</summary>
    public IEnumerable<(TimeSpan At, byte[] Frame)> OfType(EtherType type) =>
        Received.Where(r => EthernetHeader.Decode(r.Frame, out _).EtherType == type);
}
