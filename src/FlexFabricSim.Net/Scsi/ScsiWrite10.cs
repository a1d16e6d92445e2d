namespace FlexFabricSim.Net.Scsi;

/// <summary>WRITE(10): 65535 blocks, LBA below 2^32 (SBC-3 §5.32); a transfer length of 0 moves no data.</summary>
public sealed record ScsiWrite10(ulong Lba, uint TransferLength, bool ForceUnitAccess = false)
    : ScsiBlockCommand(Lba, TransferLength, ForceUnitAccess)
{
    /// <inheritdoc />
    public override ScsiOpcode Opcode => ScsiOpcode.Write10;

    /// <inheritdoc />
    public override int Length => 10;

    /// <inheritdoc />
    public override bool WritesData => true;

    internal static ScsiWrite10 Decode(ReadOnlySpan<byte> cdb)
    {
        var (lba, length, fua) = Read10Fields(cdb);
        return new(lba, length, fua);
    }

    private protected override void Write(Span<byte> cdb) => Write10(cdb);
}
