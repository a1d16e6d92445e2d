namespace FlexFabricSim.Net.Iscsi;

/// <summary>The AsyncEvent code of an Asynchronous Message (RFC 7143 §11.9.1).</summary>
public enum IscsiAsyncEvent : byte
{
    /// <summary>A SCSI asynchronous event; sense data follows.</summary>
    ScsiEvent = 0,

    /// <summary>The target asks the initiator to log out.</summary>
    LogoutRequested = 1,

    /// <summary>The target will drop the connection given in Parameter1.</summary>
    ConnectionWillDrop = 2,

    /// <summary>The target will drop every connection of the session.</summary>
    SessionWillDrop = 3,

    /// <summary>The target asks for parameter renegotiation.</summary>
    NegotiationRequested = 4,

    /// <summary>The target needs the task resources back (RFC 7143 addition).</summary>
    TaskTerminationRequested = 5,

    /// <summary>Vendor-specific event.</summary>
    VendorSpecific = 255,
}
