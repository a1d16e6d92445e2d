namespace FlexFabricSim.Net.Iscsi;

/// <summary>The Response byte of a Task Management Function Response (RFC 7143 §11.6.1).</summary>
public enum IscsiTaskManagementResponseCode : byte
{
    /// <summary>Function complete.</summary>
    FunctionComplete = 0,

    /// <summary>The referenced task does not exist.</summary>
    TaskDoesNotExist = 1,

    /// <summary>The LUN does not exist.</summary>
    LunDoesNotExist = 2,

    /// <summary>The task is still allegiant.</summary>
    TaskStillAllegiant = 3,

    /// <summary>Task allegiance reassignment is not supported.</summary>
    TaskAllegianceReassignmentNotSupported = 4,

    /// <summary>The function is not supported.</summary>
    FunctionNotSupported = 5,

    /// <summary>The function was authorised but refused.</summary>
    FunctionAuthorizationFailed = 6,

    /// <summary>The function was rejected.</summary>
    FunctionRejected = 255,
}
