namespace FlexFabricSim.Net.Scsi;

/// <summary>TEST UNIT READY: is the logical unit ready (SPC-4 §6.47)?</summary>
public sealed record ScsiTestUnitReady : ScsiCdb
{
    /// <inheritdoc />
    public override ScsiOpcode Opcode => ScsiOpcode.TestUnitReady;

    /// <inheritdoc />
    public override int Length => 6;

    private protected override void Write(Span<byte> cdb)
    {
    }
}
