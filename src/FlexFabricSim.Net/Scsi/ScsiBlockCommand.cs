namespace FlexFabricSim.Net.Scsi;

/// <summary>A READ or WRITE CDB: a run of logical blocks starting at an LBA (SBC-3 §5.11-5.13, §5.32-5.34).</summary>
public abstract record ScsiBlockCommand(ulong Lba, uint TransferLength, bool ForceUnitAccess) : ScsiCdb;
