namespace FlexFabricSim.Net.Iscsi.Failures;

/// <summary>What kind of thing went wrong in an iSCSI exchange, for callers that act on it (retry, give up, show a message).</summary>
public enum IscsiFailureKind
{
    /// <summary>No connection could be opened to the portal.</summary>
    ConnectFailed,

    /// <summary>The connection closed or broke unexpectedly.</summary>
    ConnectionLost,

    /// <summary>The target did not answer in time.</summary>
    Timeout,

    /// <summary>The target refused the login with a status class/detail other than authentication.</summary>
    LoginRejected,

    /// <summary>The target refused the login because authentication failed (status 0x0201).</summary>
    AuthenticationFailed,

    /// <summary>The target's mutual CHAP response did not verify.</summary>
    TargetAuthenticationFailed,

    /// <summary>The initiator requires CHAP but the target did not offer it.</summary>
    ChapNotOffered,

    /// <summary>The target requires CHAP but the initiator has no credentials.</summary>
    ChapRequired,

    /// <summary>A configured CHAP secret is shorter than 12 bytes.</summary>
    SecretTooShort,

    /// <summary>The operational or security negotiation broke a rule of RFC 7143 §6 / §13.</summary>
    NegotiationFailed,

    /// <summary>The redirection target address was unusable, or redirections looped.</summary>
    RedirectFailed,

    /// <summary>The peer broke the protocol (malformed PDU, bad digest, unexpected opcode or tag).</summary>
    ProtocolError,

    /// <summary>The target rejected a PDU with a Reject PDU.</summary>
    Rejected,

    /// <summary>A SCSI command completed with a non-GOOD status that retries did not clear.</summary>
    ScsiError,

    /// <summary>A task management function failed.</summary>
    TaskManagementFailed,
}
