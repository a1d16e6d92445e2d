namespace FlexFabricSim.Net.Scsi;

/// <summary>MODE SENSE(6): mode parameter pages (SPC-4 §6.11); page 3Fh asks for all of them.</summary>
public sealed record ScsiModeSense6(bool DisableBlockDescriptors, byte PageControl, byte PageCode, byte SubpageCode, byte AllocationLength)
    : ScsiCdb
{
    /// <summary>Page code that returns every page.</summary>
    public const byte AllPages = 0x3f;

    /// <inheritdoc />
    public override ScsiOpcode Opcode => ScsiOpcode.ModeSense6;

    /// <inheritdoc />
    public override int Length => 6;

    /// <inheritdoc />
    public override bool ReadsData => true;

    internal static ScsiModeSense6 Decode(ReadOnlySpan<byte> cdb) =>
        new((cdb[1] & 0x08) != 0, (byte)(cdb[2] >> 6), (byte)(cdb[2] & 0x3f), cdb[3], cdb[4]);

    private protected override void Write(Span<byte> cdb)
    {
        cdb[1] = (byte)(DisableBlockDescriptors ? 0x08 : 0);
        cdb[2] = (byte)((PageControl << 6) | (PageCode & 0x3f));
        cdb[3] = SubpageCode;
        cdb[4] = AllocationLength;
    }
}
