namespace FlexFabricSim.Boot.Lab;

/// <summary>What a lab disk's first sectors hold.</summary>
public enum LabDiskContent
{
    /// <summary>A master boot record ending in 55 AA.</summary>
    Mbr,

    /// <summary>A protective MBR and a GPT header (<c>EFI PART</c>) in sector 1.</summary>
    Gpt,

    /// <summary>Zeros: no boot signature, the ROM says so and the boot fails at attach.</summary>
    Blank,
}
