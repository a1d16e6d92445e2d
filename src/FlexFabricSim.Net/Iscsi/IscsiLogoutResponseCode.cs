namespace FlexFabricSim.Net.Iscsi;

/// <summary>The Response byte of a Logout Response (RFC 7143 §11.15.1).</summary>
public enum IscsiLogoutResponseCode : byte
{
    /// <summary>Connection or session closed.</summary>
    Success = 0,

    /// <summary>The CID was not found.</summary>
    CidNotFound = 1,

    /// <summary>Connection recovery is not supported.</summary>
    RecoveryNotSupported = 2,

    /// <summary>Clean-up failed.</summary>
    CleanupFailed = 3,
}
