using System.Buffers.Binary;

namespace FlexFabricSim.Net.Scsi;

/// <summary>READ CAPACITY(16), SERVICE ACTION IN(16) action 10h: 64-bit last LBA and block length (SBC-3 §5.16).</summary>
public sealed record ScsiReadCapacity16(uint AllocationLength = ScsiReadCapacity16.DataLength) : ScsiCdb
{
    /// <summary>The service action of READ CAPACITY(16).</summary>
    public const byte ServiceAction = 0x10;

    /// <summary>Length of the parameter data this simulator returns.</summary>
    public const int DataLength = 32;

    /// <inheritdoc />
    public override ScsiOpcode Opcode => ScsiOpcode.ServiceActionIn16;

    /// <inheritdoc />
    public override int Length => 16;

    /// <inheritdoc />
    public override bool ReadsData => true;

    internal static ScsiReadCapacity16 Decode(ReadOnlySpan<byte> cdb) => new(BinaryPrimitives.ReadUInt32BigEndian(cdb[10..]));

    private protected override void Write(Span<byte> cdb)
    {
        cdb[1] = ServiceAction;
        BinaryPrimitives.WriteUInt32BigEndian(cdb[10..], AllocationLength);
    }
}
