namespace FlexFabricSim.Net.Tcp;

/// <summary>Counters and estimator state of one connection, for tests, benchmarks and diagnostics.</summary>
public sealed class TcpConnectionStatistics
{
    /// <summary>Segments sent, retransmissions included.</summary>
    public long SegmentsSent { get; internal set; }

    /// <summary>Segments received for this connection.</summary>
    public long SegmentsReceived { get; internal set; }

    /// <summary>Payload bytes acknowledged by the peer.</summary>
    public long BytesAcknowledged { get; internal set; }

    /// <summary>Payload bytes delivered in order to the receive buffer.</summary>
    public long BytesReceived { get; internal set; }

    /// <summary>Segments sent again (timeouts, fast retransmits, partial ACKs, go-back after a timeout).</summary>
    public long Retransmissions { get; internal set; }

    /// <summary>Retransmission timer expiries.</summary>
    public long RetransmissionTimeouts { get; internal set; }

    /// <summary>Fast retransmits on three duplicate ACKs.</summary>
    public long FastRetransmits { get; internal set; }

    /// <summary>Duplicate ACKs received.</summary>
    public long DuplicateAcks { get; internal set; }

    /// <summary>Segments received out of order and kept until the gap filled.</summary>
    public long OutOfOrderSegments { get; internal set; }

    /// <summary>Smoothed round-trip time (RFC 6298), or null before the first sample.</summary>
    public TimeSpan? SmoothedRoundTripTime { get; internal set; }

    /// <summary>The current retransmission timeout.</summary>
    public TimeSpan RetransmissionTimeout { get; internal set; }
}
