namespace FlexFabricSim.Net.Scsi;

/// <summary>The SCSI status byte a command completes with (SAM-5 §5.3.1, table 33).</summary>
public enum ScsiStatus : byte
{
    /// <summary>The command completed.</summary>
    Good = 0x00,

    /// <summary>Sense data tells what went wrong (including UNIT ATTENTION).</summary>
    CheckCondition = 0x02,

    /// <summary>Condition met (prefetch).</summary>
    ConditionMet = 0x04,

    /// <summary>The logical unit is busy: try again later.</summary>
    Busy = 0x08,

    /// <summary>Another initiator holds a reservation.</summary>
    ReservationConflict = 0x18,

    /// <summary>The task set is full.</summary>
    TaskSetFull = 0x28,

    /// <summary>An ACA condition is active.</summary>
    AcaActive = 0x30,

    /// <summary>The task was aborted.</summary>
    TaskAborted = 0x40,
}
