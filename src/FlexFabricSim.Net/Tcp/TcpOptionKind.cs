namespace FlexFabricSim.Net.Tcp;

/// <summary>TCP option kinds the decoder knows (IANA registry); values are wire values.</summary>
public enum TcpOptionKind : byte
{
    /// <summary>End of option list (RFC 9293 §3.2).</summary>
    EndOfOptions = 0,

    /// <summary>No operation, used for alignment.</summary>
    NoOperation = 1,

    /// <summary>Maximum segment size, SYN only (RFC 9293 §3.7.1).</summary>
    MaximumSegmentSize = 2,

    /// <summary>Window scale shift count, SYN only (RFC 7323 §2).</summary>
    WindowScale = 3,

    /// <summary>SACK permitted, SYN only (RFC 2018); accepted and ignored.</summary>
    SackPermitted = 4,

    /// <summary>SACK blocks (RFC 2018); skipped.</summary>
    Sack = 5,

    /// <summary>Timestamps (RFC 7323 §3).</summary>
    Timestamps = 8,
}
