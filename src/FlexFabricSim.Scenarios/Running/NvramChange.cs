using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Scenarios.Running;

/// <summary>One NVRAM value that differs between two configurations at an address.</summary>
/// <param name="Key">The field key.</param>
/// <param name="Before">The value before.</param>
/// <param name="After">The value after.</param>
public sealed record NvramChange(string Key, string Before, string After)
{
    /// <summary>
    /// Every stored value that differs between <paramref name="before"/> and <paramref name="after"/> at
    /// <paramref name="at"/> (adapter- and port-wide ones included).
    /// </summary>
    public static IReadOnlyList<NvramChange> Between(AdapterConfiguration before, AdapterConfiguration after, NvramAddress at)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (!before.IsAddressable(at) || !after.IsAddressable(at))
        {
            at = NvramAddress.OfPort(at.Port);
        }
        return
        [
            .. FieldCatalog.Stored
                .Select(f => new NvramChange(f.Key, before.Get(at, f.Key), after.Get(at, f.Key)))
                .Where(c => c.Before != c.After),
        ];
    }

    /// <summary><c>key: before -> after</c>.</summary>
    public override string ToString() => $"{Key}: {Show(Before)} -> {Show(After)}";

    private static string Show(string value) => value.Length == 0 ? "(empty)" : value;
}
