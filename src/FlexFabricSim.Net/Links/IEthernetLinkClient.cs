using FlexFabricSim.Net.Stack;

namespace FlexFabricSim.Net.Links;

/// <summary>The host side of a link (a <see cref="NetworkStack"/>): what the link calls, always on the client's <see cref="Scheduler"/>.</summary>
public interface IEthernetLinkClient
{
    /// <summary>The thread the link must deliver on.</summary>
    StackScheduler Scheduler { get; }

    /// <summary>The speeds the host's medium supports (an SFP+ adapter: 10 Gb/s only).</summary>
    LinkSpeeds SupportedSpeeds { get; }

    /// <summary>A frame arrived; the span is valid only during the call.</summary>
    void OnFrameReceived(ReadOnlySpan<byte> frame, ReceivedFrameFlags flags);

    /// <summary>The link went up or down.</summary>
    void OnLinkStatusChanged(LinkStatus status);
}
