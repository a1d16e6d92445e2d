using System.Buffers.Binary;

namespace FlexFabricSim.Net.Scsi;

/// <summary>SYNCHRONIZE CACHE(10): make written blocks durable; 0 blocks means to the end of the medium (SBC-3 §5.22).</summary>
public sealed record ScsiSynchronizeCache10(uint Lba = 0, ushort NumberOfBlocks = 0) : ScsiCdb
{
    /// <inheritdoc />
    public override ScsiOpcode Opcode => ScsiOpcode.SynchronizeCache10;

    /// <inheritdoc />
    public override int Length => 10;

    internal static ScsiSynchronizeCache10 Decode(ReadOnlySpan<byte> cdb) =>
        new(BinaryPrimitives.ReadUInt32BigEndian(cdb[2..]), BinaryPrimitives.ReadUInt16BigEndian(cdb[7..]));

    private protected override void Write(Span<byte> cdb)
    {
        BinaryPrimitives.WriteUInt32BigEndian(cdb[2..], Lba);
        BinaryPrimitives.WriteUInt16BigEndian(cdb[7..], NumberOfBlocks);
    }
}
