namespace FlexFabricSim.Net.Scsi;

/// <summary>WRITE(16): 64-bit LBA, 32-bit length (SBC-3 §5.34); a transfer length of 0 moves no data.</summary>
public sealed record ScsiWrite16(ulong Lba, uint TransferLength, bool ForceUnitAccess = false)
    : ScsiBlockCommand(Lba, TransferLength, ForceUnitAccess)
{
    /// <inheritdoc />
    public override ScsiOpcode Opcode => ScsiOpcode.Write16;

    /// <inheritdoc />
    public override int Length => 16;

    /// <inheritdoc />
    public override bool WritesData => true;

    internal static ScsiWrite16 Decode(ReadOnlySpan<byte> cdb)
    {
        var (lba, length, fua) = Read16Fields(cdb);
        return new(lba, length, fua);
    }

    private protected override void Write(Span<byte> cdb) => Write16(cdb);
}
