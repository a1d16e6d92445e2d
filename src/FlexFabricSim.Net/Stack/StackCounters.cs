using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Stack;

/// <summary>What one stack did with every frame: received, delivered, dropped (by reason) and sent, plus TCP recovery events.</summary>
/// <remarks>Invariant: <see cref="FramesReceived"/> = <see cref="FramesDelivered"/> + the sum of <see cref="Dropped(DropReason)"/>.</remarks>
public sealed class StackCounters
{
    private readonly long[] _drops = new long[Enum.GetValues<DropReason>().Length];
    private readonly Dictionary<string, long> _formatRejects = [];

    /// <summary>Frames the link delivered to the stack.</summary>
    public long FramesReceived { get; internal set; }

    /// <summary>Frames a protocol handler accepted.</summary>
    public long FramesDelivered { get; internal set; }

    /// <summary>Frames handed to the link.</summary>
    public long FramesSent { get; internal set; }

    /// <summary>Frames not sent because the link was down or still in its link-up delay.</summary>
    public long SendsWhileLinkNotReady { get; internal set; }

    /// <summary>Packets discarded because a neighbour never answered address resolution.</summary>
    public long NeighborResolutionFailures { get; internal set; }

    /// <summary>Packets discarded because no route led to the destination.</summary>
    public long NoRoute { get; internal set; }

    /// <summary>TCP segments sent (retransmissions included).</summary>
    public long TcpSegmentsSent { get; internal set; }

    /// <summary>TCP segments retransmitted (timeouts, fast retransmits, partial ACKs).</summary>
    public long TcpRetransmissions { get; internal set; }

    /// <summary>Retransmission timer expiries (RFC 6298 §5.4).</summary>
    public long TcpRetransmissionTimeouts { get; internal set; }

    /// <summary>Timer expiries although an ACK for new data arrived less than one RTO earlier: a timer bug, expected to stay 0.</summary>
    public long TcpRetransmissionTimeoutsWhileAcksArriving { get; internal set; }

    /// <summary>Fast retransmits on three duplicate ACKs (RFC 5681 §3.2).</summary>
    public long TcpFastRetransmits { get; internal set; }

    /// <summary>Connections given up after the retransmission limit.</summary>
    public long TcpConnectionsTimedOut { get; internal set; }

    /// <summary>RST segments sent.</summary>
    public long TcpResetsSent { get; internal set; }

    /// <summary>Frames dropped for <paramref name="reason"/>.</summary>
    public long Dropped(DropReason reason) => _drops[(int)reason];

    /// <summary>All frames dropped, whatever the reason.</summary>
    public long TotalDropped => _drops.Sum();

    /// <summary>Decoder rejections by "Family.Reason" (for example "IPv4.BadHeaderChecksum"): the detail behind the Malformed* reasons.</summary>
    public IReadOnlyDictionary<string, long> FormatRejects => _formatRejects;

    /// <summary>Every non-zero drop counter, for logs and reports.</summary>
    public IReadOnlyDictionary<DropReason, long> DropsByReason =>
        Enum.GetValues<DropReason>().Where(r => _drops[(int)r] != 0).ToDictionary(r => r, r => _drops[(int)r]);

    internal void CountDrop(DropReason reason) => _drops[(int)reason]++;

    internal void CountFormatReject(WireFormatException exception)
    {
        var family = exception.GetType().Name.Replace("FormatException", string.Empty, StringComparison.Ordinal);
        var key = $"{family}.{exception.ReasonName}";
        _formatRejects[key] = _formatRejects.GetValueOrDefault(key) + 1;
    }
}
