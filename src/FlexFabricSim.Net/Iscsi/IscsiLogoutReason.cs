namespace FlexFabricSim.Net.Iscsi;

/// <summary>The reason code of a Logout Request (RFC 7143 §11.14.1).</summary>
public enum IscsiLogoutReason : byte
{
    /// <summary>Close the whole session.</summary>
    CloseSession = 0,

    /// <summary>Close the connection named by CID.</summary>
    CloseConnection = 1,

    /// <summary>Remove the connection for recovery.</summary>
    RemoveConnectionForRecovery = 2,
}
