namespace FlexFabricSim.Device.Catalog;

/// <summary>A physical link speed; the value is the speed in Mb/s.</summary>
public enum LinkSpeed
{
    /// <summary>1 Gb/s.</summary>
    OneGigabit = 1_000,

    /// <summary>10 Gb/s.</summary>
    TenGigabit = 10_000,
}
