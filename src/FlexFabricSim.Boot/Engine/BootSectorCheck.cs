using FlexFabricSim.Boot.Flow;

namespace FlexFabricSim.Boot.Engine;

/// <summary>The ROM's look at a boot LUN's first two sectors: the MBR signature (55 AA), and a GPT behind a protective MBR.</summary>
public static class BootSectorCheck
{
    /// <summary>Bytes the check needs: LBA 0 and LBA 1 of a 512-byte-sector disk.</summary>
    public const int BytesNeeded = 2 * SectorSize;

    private const int SectorSize = 512;
    private const int PartitionTable = 446;
    private const byte ProtectiveMbrType = 0xEE;

    /// <summary>What the sectors carry; fewer than 512 bytes is <see cref="BootSignature.None"/>.</summary>
    public static BootSignature Inspect(ReadOnlySpan<byte> firstSectors)
    {
        if (firstSectors.Length < SectorSize || firstSectors[510] != 0x55 || firstSectors[511] != 0xAA)
        {
            return BootSignature.None;
        }
        var protective = firstSectors[PartitionTable + 4] == ProtectiveMbrType;
        var gptHeader = firstSectors.Length >= BytesNeeded && firstSectors.Slice(SectorSize, 8).SequenceEqual("EFI PART"u8);
        return protective && gptHeader ? BootSignature.Gpt : BootSignature.Mbr;
    }
}
