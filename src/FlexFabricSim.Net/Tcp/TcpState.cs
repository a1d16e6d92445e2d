namespace FlexFabricSim.Net.Tcp;

/// <summary>TCP connection states (RFC 9293 §3.3.2).</summary>
public enum TcpState
{
    /// <summary>No connection (or a connection that has ended).</summary>
    Closed,

    /// <summary>Waiting for a connection request (listeners only).</summary>
    Listen,

    /// <summary>SYN sent, waiting for the peer's SYN.</summary>
    SynSent,

    /// <summary>SYN received and answered, waiting for the ACK of ours.</summary>
    SynReceived,

    /// <summary>Open: data flows both ways.</summary>
    Established,

    /// <summary>Our FIN sent, not yet acknowledged.</summary>
    FinWait1,

    /// <summary>Our FIN acknowledged, waiting for the peer's FIN.</summary>
    FinWait2,

    /// <summary>The peer's FIN received; we may still send.</summary>
    CloseWait,

    /// <summary>Both FINs sent, ours not yet acknowledged.</summary>
    Closing,

    /// <summary>Our FIN sent after the peer's, waiting for its ACK.</summary>
    LastAck,

    /// <summary>Both sides done; waiting 2 MSL so late segments die out.</summary>
    TimeWait,
}
