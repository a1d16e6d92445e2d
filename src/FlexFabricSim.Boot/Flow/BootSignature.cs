namespace FlexFabricSim.Boot.Flow;

/// <summary>What the ROM found in the boot LUN's first sectors.</summary>
public enum BootSignature
{
    /// <summary>No 55 AA at bytes 510-511 of sector 0: not bootable.</summary>
    None,

    /// <summary>A master boot record (55 AA).</summary>
    Mbr,

    /// <summary>A protective MBR (partition type EE) with a GPT header (<c>EFI PART</c>) in sector 1.</summary>
    Gpt,
}
