namespace FlexFabricSim.Net.Iscsi;

/// <summary>Status-Class of a Login Response (RFC 7143 §11.13.5).</summary>
public enum IscsiLoginStatusClass : byte
{
    /// <summary>Success.</summary>
    Success = 0,

    /// <summary>Redirection: log in at the TargetAddress given.</summary>
    Redirection = 1,

    /// <summary>Initiator error: do not retry without changing something.</summary>
    InitiatorError = 2,

    /// <summary>Target error: the same request may succeed later.</summary>
    TargetError = 3,
}
