namespace FlexFabricSim.Net.Tcp;

/// <summary>How a TCP connection failed.</summary>
public enum TcpError
{
    /// <summary>The peer answered the SYN with a RST: nothing listens on the port.</summary>
    ConnectionRefused,

    /// <summary>The peer reset an open connection.</summary>
    ConnectionReset,

    /// <summary>The retransmission limit was reached without an acknowledgment (a cut cable, a dead peer).</summary>
    TimedOut,

    /// <summary>No route to the destination (no address, no gateway).</summary>
    NetworkUnreachable,

    /// <summary>This side aborted the connection (RST sent).</summary>
    Aborted,

    /// <summary>The stack was disposed.</summary>
    StackShutDown,
}
