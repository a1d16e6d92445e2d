using System.Buffers.Binary;

namespace FlexFabricSim.Net.Scsi;

/// <summary>REPORT LUNS: the logical units of the target (SPC-4 §6.33).</summary>
public sealed record ScsiReportLuns(uint AllocationLength, byte SelectReport = 0) : ScsiCdb
{
    /// <inheritdoc />
    public override ScsiOpcode Opcode => ScsiOpcode.ReportLuns;

    /// <inheritdoc />
    public override int Length => 12;

    /// <inheritdoc />
    public override bool ReadsData => true;

    internal static ScsiReportLuns Decode(ReadOnlySpan<byte> cdb) => new(BinaryPrimitives.ReadUInt32BigEndian(cdb[6..]), cdb[2]);

    private protected override void Write(Span<byte> cdb)
    {
        cdb[2] = SelectReport;
        BinaryPrimitives.WriteUInt32BigEndian(cdb[6..], AllocationLength);
    }
}
