namespace FlexFabricSim.Net.Tcp;

/// <summary>The TCP control bits (RFC 9293 §3.1, RFC 3168 for ECE/CWR); values are the bits of header byte 13.</summary>
[Flags]
public enum TcpFlags : byte
{
    /// <summary>No bits.</summary>
    None = 0,

    /// <summary>No more data from the sender.</summary>
    Fin = 0x01,

    /// <summary>Synchronise sequence numbers.</summary>
    Syn = 0x02,

    /// <summary>Reset the connection.</summary>
    Rst = 0x04,

    /// <summary>Push function.</summary>
    Psh = 0x08,

    /// <summary>The acknowledgment field is significant.</summary>
    Ack = 0x10,

    /// <summary>The urgent pointer is significant (accepted, never acted on).</summary>
    Urg = 0x20,

    /// <summary>ECN echo (accepted, ignored: the stack does not negotiate ECN).</summary>
    Ece = 0x40,

    /// <summary>Congestion window reduced (accepted, ignored).</summary>
    Cwr = 0x80,
}
