using System.Collections.Frozen;
using System.Globalization;

namespace FlexFabricSim.Device.Nvram;

/// <summary>
/// Every NVRAM field, as data. Adding a <see cref="FieldDefinition"/> to one of the screen lists is all it takes for the
/// field to be stored, saved in images, listed by <c>nvram show</c> and its JSON, and offered by the menus.
/// </summary>
public static partial class FieldCatalog
{
    private static readonly FrozenDictionary<string, FieldDefinition> ByKey;

    static FieldCatalog()
    {
        All = [.. AdapterFields(), .. AddressFields(), .. MultiFunctionFields(), .. RomFields(), .. MbaFields(),
            .. GeneralFields(), .. InitiatorFields(), .. TargetFields(1), .. TargetFields(2), .. SecondaryFields()];
        ByKey = All.ToFrozenDictionary(f => f.Key, StringComparer.Ordinal);
        if (ByKey.Count != All.Count)
        {
            throw new InvalidOperationException("Two fields share a key.");
        }
    }

    /// <summary>Every field, screen by screen in menu order.</summary>
    public static IReadOnlyList<FieldDefinition> All { get; }

    /// <summary>The fields stored in NVRAM (everything the user can change; addresses and ROM facts are derived).</summary>
    public static IEnumerable<FieldDefinition> Stored => All.Where(f => !f.IsReadOnly);

    /// <summary>The field with <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such field.</exception>
    public static FieldDefinition Get(string key) =>
        TryGet(key, out var field) ? field : throw new KeyNotFoundException($"No NVRAM field '{key}'.");

    /// <summary>Tries to find the field with <paramref name="key"/> (exact, lower case).</summary>
    public static bool TryGet(string key, out FieldDefinition field) => ByKey.TryGetValue(key, out field!);

    /// <summary>The fields <paramref name="screen"/> shows, in the card's menu order.</summary>
    public static IReadOnlyList<FieldDefinition> ForScreen(ScreenId screen) =>
        [.. All.Where(f => f.Screen == screen).OrderBy(f => f.Order)];

    /// <summary>Known keys close to <paramref name="key"/> (same last segment, or a small edit away), for "did you mean".</summary>
    public static IReadOnlyList<string> Suggest(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var lower = key.Trim().ToLowerInvariant();
        var lastSegment = lower[(lower.LastIndexOf('.') + 1)..];
        return [.. All.Select(f => f.Key)
            .Where(k => k.EndsWith("." + lastSegment, StringComparison.Ordinal) || EditDistance(k, lower) <= 3)
            .Take(5)];
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    private static FieldDefinition Switch(
        string key, ScreenId screen, int order, string label, FieldScope scope, bool enabledByDefault, string help, int? page) =>
        new(key, screen, order, label, FieldKind.Choice, scope, Choices.OfSwitch(enabledByDefault), help, page)
        {
            Choices = enabledByDefault ? Choices.EnabledDisabled : Choices.DisabledEnabled,
        };

    private static FieldDefinition Choice<T>(
        string key, ScreenId screen, int order, string label, FieldScope scope, ChoiceMap<T> map, T defaultValue, string help, int? page)
        where T : struct, Enum =>
        new(key, screen, order, label, FieldKind.Choice, scope, map.ToValue(defaultValue), help, page) { Choices = map.Choices };

    private static FieldDefinition Integer(
        string key, ScreenId screen, int order, string label, FieldScope scope, int min, int max, int defaultValue, string help, int? page)
        => new(key, screen, order, label, FieldKind.Integer, scope, defaultValue.ToString(CultureInfo.InvariantCulture), help, page)
        {
            Min = min,
            Max = max,
        };
}
