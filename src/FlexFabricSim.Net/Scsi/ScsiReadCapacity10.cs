namespace FlexFabricSim.Net.Scsi;

/// <summary>READ CAPACITY(10): last LBA (or FFFFFFFFh when larger) and block length (SBC-3 §5.15).</summary>
public sealed record ScsiReadCapacity10 : ScsiCdb
{
    /// <summary>Length of the parameter data returned.</summary>
    public const int DataLength = 8;

    /// <inheritdoc />
    public override ScsiOpcode Opcode => ScsiOpcode.ReadCapacity10;

    /// <inheritdoc />
    public override int Length => 10;

    /// <inheritdoc />
    public override bool ReadsData => true;

    private protected override void Write(Span<byte> cdb)
    {
    }
}
