namespace FlexFabricSim.Net.Scsi;

/// <summary>How a SCSI command ended on the initiator side: status, sense and how many bytes of data moved.</summary>
public sealed record ScsiCommandOutcome(ScsiStatus Status, ScsiSense? Sense, int DataLength)
{
    /// <summary>Whether the command completed with GOOD.</summary>
    public bool IsGood => Status == ScsiStatus.Good;

    /// <summary>Whether this is a UNIT ATTENTION that a retry clears.</summary>
    public bool IsUnitAttention => Status == ScsiStatus.CheckCondition && Sense?.Key == ScsiSenseKey.UnitAttention;

    /// <summary>"Good", "Busy" or "CheckCondition IllegalRequest 24h/00h".</summary>
    public override string ToString() => Sense is null ? Status.ToString() : $"{Status} {Sense}";
}
