namespace FlexFabricSim.Boot.Os;

/// <summary>The OS profiles the guide supports, found by key or alias (case-insensitive).</summary>
public static class OsProfiles
{
    /// <summary>Every profile, Windows first, in release order.</summary>
    public static IReadOnlyList<OsProfile> All { get; } =
    [
        new WindowsServer2008Sp2Profile(),
        new WindowsServer2008R2Profile(),
        new WindowsServer2012Profile(),
        new Rhel59Profile(),
        new Rhel62Profile(),
        new Sles11Sp2Profile(),
    ];

    /// <summary>The profile named <paramref name="name"/> by key or alias, or null.</summary>
    public static OsProfile? Find(string? name) =>
        name is null ? null : All.FirstOrDefault(p =>
            string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)
            || p.Aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The profile named <paramref name="name"/>; the exception lists the valid names.</summary>
    public static OsProfile Get(string name) =>
        Find(name) ?? throw new ArgumentException(
            $"unknown OS '{name}'; valid: {string.Join(", ", All.Select(p => p.Key))}", nameof(name));
}
