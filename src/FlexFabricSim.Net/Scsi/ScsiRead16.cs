namespace FlexFabricSim.Net.Scsi;

/// <summary>READ(16): 64-bit LBA, 32-bit length (SBC-3 §5.13); a transfer length of 0 moves no data.</summary>
public sealed record ScsiRead16(ulong Lba, uint TransferLength, bool ForceUnitAccess = false)
    : ScsiBlockCommand(Lba, TransferLength, ForceUnitAccess)
{
    /// <inheritdoc />
    public override ScsiOpcode Opcode => ScsiOpcode.Read16;

    /// <inheritdoc />
    public override int Length => 16;

    /// <inheritdoc />
    public override bool ReadsData => true;

    internal static ScsiRead16 Decode(ReadOnlySpan<byte> cdb)
    {
        var (lba, length, fua) = Read16Fields(cdb);
        return new(lba, length, fua);
    }

    private protected override void Write(Span<byte> cdb) => Write16(cdb);
}
