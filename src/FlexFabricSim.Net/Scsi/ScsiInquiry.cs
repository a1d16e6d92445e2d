using System.Buffers.Binary;

namespace FlexFabricSim.Net.Scsi;

/// <summary>INQUIRY: standard data, or a vital product data page when <see cref="Evpd"/> is set (SPC-4 §6.6).</summary>
public sealed record ScsiInquiry(bool Evpd, byte PageCode, ushort AllocationLength) : ScsiCdb
{
    /// <inheritdoc />
    public override ScsiOpcode Opcode => ScsiOpcode.Inquiry;

    /// <inheritdoc />
    public override int Length => 6;

    /// <inheritdoc />
    public override bool ReadsData => true;

    internal static ScsiInquiry Decode(ReadOnlySpan<byte> cdb) =>
        new((cdb[1] & 0x01) != 0, cdb[2], BinaryPrimitives.ReadUInt16BigEndian(cdb[3..]));

    private protected override void Write(Span<byte> cdb)
    {
        cdb[1] = (byte)(Evpd ? 1 : 0);
        cdb[2] = PageCode;
        BinaryPrimitives.WriteUInt16BigEndian(cdb[3..], AllocationLength);
    }
}
