namespace FlexFabricSim.Net.Scsi;

/// <summary>What a logical unit answers a command with: status, sense for CHECK CONDITION, and any data for the initiator.</summary>
public sealed record ScsiCommandResult(ScsiStatus Status, ScsiSense? Sense = null, ScsiDataIn? DataIn = null)
{
    /// <summary>GOOD without data.</summary>
    public static ScsiCommandResult Good { get; } = new(ScsiStatus.Good);

    /// <summary>BUSY: the fault-injected "LUN busy" answer.</summary>
    public static ScsiCommandResult Busy { get; } = new(ScsiStatus.Busy);

    /// <summary>GOOD with <paramref name="data"/>, cut to the CDB's allocation length.</summary>
    public static ScsiCommandResult WithData(byte[] data, int allocationLength) =>
        new(ScsiStatus.Good, null, ScsiDataIn.FromBytes(data.Length > allocationLength ? data[..allocationLength] : data));

    /// <summary>CHECK CONDITION with <paramref name="sense"/>.</summary>
    public static ScsiCommandResult Check(ScsiSense sense) => new(ScsiStatus.CheckCondition, sense);
}
