namespace FlexFabricSim.Boot.Lab;

/// <summary>One logical unit of a lab target: an in-memory disk of a size, with a boot sector or blank.</summary>
public sealed record LabLunDefinition
{
    /// <summary>The LUN (0-16383 in the target; the card's Boot LUN field reaches 255).</summary>
    public int Lun { get; init; }

    /// <summary>The disk size in bytes (a multiple of 512).</summary>
    public long SizeBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>What sector 0 holds.</summary>
    public LabDiskContent Content { get; init; } = LabDiskContent.Mbr;
}
