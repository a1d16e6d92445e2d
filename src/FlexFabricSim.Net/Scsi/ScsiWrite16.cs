using System.Buffers.Binary;

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

    internal static ScsiWrite16 Decode(ReadOnlySpan<byte> cdb) => new(BinaryPrimitives.ReadUInt64BigEndian(cdb[2..]), BinaryPrimitives.ReadUInt32BigEndian(cdb[10..]), (cdb[1] & 0x08) != 0);

    private protected override void Write(Span<byte> cdb)
    {
        cdb[1] = (byte)(ForceUnitAccess ? 0x08 : 0);
        BinaryPrimitives.WriteUInt64BigEndian(cdb[2..], Lba);
        BinaryPrimitives.WriteUInt32BigEndian(cdb[10..], TransferLength);
    }
}
