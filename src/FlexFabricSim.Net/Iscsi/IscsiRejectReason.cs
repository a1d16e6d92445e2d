namespace FlexFabricSim.Net.Iscsi;

/// <summary>The Reason byte of a Reject PDU (RFC 7143 §11.17.1).</summary>
public enum IscsiRejectReason : byte
{
    /// <summary>Data (payload) digest error.</summary>
    DataDigestError = 0x02,

    /// <summary>SNACK reject.</summary>
    SnackReject = 0x03,

    /// <summary>Protocol error (e.g. SNACK request for a status already acknowledged).</summary>
    ProtocolError = 0x04,

    /// <summary>Command not supported.</summary>
    CommandNotSupported = 0x05,

    /// <summary>Immediate command rejected: too many immediate commands.</summary>
    ImmediateCommandRejected = 0x06,

    /// <summary>Task in progress.</summary>
    TaskInProgress = 0x07,

    /// <summary>Invalid data ack.</summary>
    InvalidDataAck = 0x08,

    /// <summary>Invalid PDU field.</summary>
    InvalidPduField = 0x09,

    /// <summary>Long operation reject: out of resources.</summary>
    OutOfResources = 0x0a,

    /// <summary>Waiting for logout.</summary>
    WaitingForLogout = 0x0c,
}
