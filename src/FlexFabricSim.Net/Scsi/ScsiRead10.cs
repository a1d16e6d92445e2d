namespace FlexFabricSim.Net.Scsi;

/// <summary>READ(10): 65535 blocks, LBA below 2^32 (SBC-3 §5.11); a transfer length of 0 moves no data.</summary>
public sealed record ScsiRead10(ulong Lba, uint TransferLength, bool ForceUnitAccess = false)
    : ScsiBlockCommand(Lba, TransferLength, ForceUnitAccess)
{
    /// <inheritdoc />
    public override ScsiOpcode Opcode => ScsiOpcode.Read10;

    /// <inheritdoc />
    public override int Length => 10;

    /// <inheritdoc />
    public override bool ReadsData => true;

    internal static ScsiRead10 Decode(ReadOnlySpan<byte> cdb)
    {
        var (lba, length, fua) = Read10Fields(cdb);
        return new(lba, length, fua);
    }

    private protected override void Write(Span<byte> cdb) => Write10(cdb);
}
