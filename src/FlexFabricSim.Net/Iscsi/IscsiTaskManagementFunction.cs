namespace FlexFabricSim.Net.Iscsi;

/// <summary>The function code of a Task Management Function Request (RFC 7143 §11.5.1).</summary>
public enum IscsiTaskManagementFunction : byte
{
    /// <summary>Abort the task named by Referenced Task Tag.</summary>
    AbortTask = 1,

    /// <summary>Abort every task from this initiator on the LUN.</summary>
    AbortTaskSet = 2,

    /// <summary>Clear an ACA condition.</summary>
    ClearAca = 3,

    /// <summary>Abort every task on the LUN.</summary>
    ClearTaskSet = 4,

    /// <summary>Reset the logical unit.</summary>
    LogicalUnitReset = 5,

    /// <summary>Reset the target, keeping its sessions.</summary>
    TargetWarmReset = 6,

    /// <summary>Reset the target, dropping every session.</summary>
    TargetColdReset = 7,

    /// <summary>Reassign a task to a new connection (connection recovery).</summary>
    TaskReassign = 8,
}
