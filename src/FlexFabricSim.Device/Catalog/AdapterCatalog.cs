namespace FlexFabricSim.Device.Catalog;

/// <summary>Every adapter model the simulator knows, and lookup by any of the names users type.</summary>
public static class AdapterCatalog
{
    private static readonly LinkSpeed[] FixedTenGigabit = [LinkSpeed.TenGigabit];
    private static readonly LinkSpeed[] TenOrOneGigabit = [LinkSpeed.TenGigabit, LinkSpeed.OneGigabit];

    /// <summary>The models in the guide's order (G p.4).</summary>
    public static IReadOnlyList<AdapterModelInfo> All { get; } =
    [
        new(AdapterModel.Hp534M, "534M", "HP FlexFabric 10Gb 2-port 534M Adapter", "534m", "BCM57810",
            PortCount: 2, PortMedia.BackplaneKr, FormFactor.Mezzanine, TenOrOneGigabit, Autonegotiates: true, MaxFunctionsPerPort: 4),
        new(AdapterModel.Hp534FlrSfp, "534FLR-SFP+", "HP FlexFabric 10Gb 2-port 534FLR-SFP+ Adapter", "534flr-sfp", "BCM57810",
            PortCount: 2, PortMedia.SfpPlus, FormFactor.FlexibleLomRack, FixedTenGigabit, Autonegotiates: false, MaxFunctionsPerPort: 4),
        new(AdapterModel.Hp534Flb, "534FLB", "HP FlexFabric 10Gb 2-port 534FLB Adapter", "534flb", "BCM57810",
            PortCount: 2, PortMedia.BackplaneKr, FormFactor.FlexibleLomBlade, TenOrOneGigabit, Autonegotiates: true,
            MaxFunctionsPerPort: 4),
        new(AdapterModel.Cn1100R, "CN1100R", "HP StoreFabric CN1100R 2-port CNA Adapter", "cn1100r", "BCM57810",
            PortCount: 2, PortMedia.SfpPlus, FormFactor.PciExpressCard, FixedTenGigabit, Autonegotiates: false, MaxFunctionsPerPort: 4),
    ];

    /// <summary>The facts about <paramref name="model"/>.</summary>
    public static AdapterModelInfo Get(AdapterModel model) =>
        All.FirstOrDefault(m => m.Model == model)
        ?? throw new ArgumentOutOfRangeException(nameof(model), model, "Not a known adapter model.");

    /// <summary>Finds a model by its guide name (<c>534FLR-SFP+</c>), file stem (<c>534flr-sfp</c>) or enum name, ignoring case.</summary>
    public static bool TryFind(string name, out AdapterModelInfo info)
    {
        ArgumentNullException.ThrowIfNull(name);
        var wanted = name.Trim();
        foreach (var candidate in All)
        {
            if (wanted.Equals(candidate.Key, StringComparison.OrdinalIgnoreCase)
                || wanted.Equals(candidate.FileStem, StringComparison.OrdinalIgnoreCase)
                || wanted.Equals(candidate.Model.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                info = candidate;
                return true;
            }
        }
        info = null!;
        return false;
    }

    /// <summary>Like <see cref="TryFind"/>, but an unknown name throws an <see cref="ArgumentException"/> that lists the valid
    /// names.</summary>
    public static AdapterModelInfo Find(string name) =>
        TryFind(name, out var info)
            ? info
            : throw new ArgumentException($"Unknown adapter model '{name}'. {DescribeValidNames()}", nameof(name));

    /// <summary>One sentence listing the names <see cref="Find"/> accepts, for error messages.</summary>
    public static string DescribeValidNames() =>
        "Valid models: " + string.Join(", ", All.Select(m => $"{m.Key} ({m.FileStem})")) + ".";
}
