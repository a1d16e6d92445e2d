namespace FlexFabricSim.Net.Tests.Fuzzing;

/// <summary>How many hostile inputs each parser gets: together at least 100,000 (the robustness bar).</summary>
public static class FuzzBudget
{
    /// <summary>Mutated real DHCPv4 datagrams.</summary>
    public const int Dhcp4Mutated = 30_000;

    /// <summary>Random bytes as DHCPv4 datagrams.</summary>
    public const int Dhcp4Random = 10_000;

    /// <summary>Mutated real DHCPv6 datagrams.</summary>
    public const int Dhcp6Mutated = 30_000;

    /// <summary>Random bytes as DHCPv6 datagrams.</summary>
    public const int Dhcp6Random = 10_000;

    /// <summary>Mutated option 43 / option 17 vendor data.</summary>
    public const int VendorOptionsMutated = 10_000;

    /// <summary>Mutated and random root path text.</summary>
    public const int RootPathsMutated = 20_000;

    /// <summary>Random root path text.</summary>
    public const int RootPathsRandom = 10_000;

    /// <summary>Mutated iBFT tables.</summary>
    public const int IbftMutated = 10_000;

    /// <summary>The total, asserted by a test so nobody lowers it without noticing.</summary>
    public const int Total = Dhcp4Mutated + Dhcp4Random + Dhcp6Mutated + Dhcp6Random + VendorOptionsMutated
        + RootPathsMutated + RootPathsRandom + IbftMutated;
}
