using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rules;
using FlexFabricSim.Scenarios.Format;

namespace FlexFabricSim.Scenarios.Loading;

/// <summary>
/// What the loader knows while it reads a file from top to bottom: the adapter, the NVRAM as far as the file's own
/// overrides and sets decide it, the OS, and whether a boot or a menu step came before (so an expectation has something
/// to look at).
/// </summary>
internal sealed class LoadContext(string file, string text, string baseDirectory)
{
    /// <summary>Rules that judge a value on its own or by the model, whatever the other fields hold.</summary>
    private static readonly HashSet<RuleId> ValueOnlyRules =
    [
        RuleId.UnknownKey, RuleId.AddressOutOfRange, RuleId.ReadOnlyField, RuleId.NotAChoice, RuleId.NotAnInteger, RuleId.OutOfRange,
        RuleId.TooLong, RuleId.InvalidCharacters, RuleId.ChapSecretLength, RuleId.InvalidMacAddress, RuleId.InvalidIscsiName,
        RuleId.TargetAsFirstHddUnsupported, RuleId.LinkSpeedNotSupportedByMedia,
    ];

    public string File { get; } = file;

    public string Text { get; } = text;

    public string BaseDirectory { get; } = baseDirectory;

    /// <summary>The boot port and function.</summary>
    public NvramAddress At { get; private set; }

    /// <summary>The NVRAM as the file's overrides and sets leave it, until a menu step makes it unknowable before running.</summary>
    public AdapterConfiguration? Known { get; set; }

    /// <summary>The adapter's starting configuration (for model facts: ports, functions).</summary>
    public AdapterConfiguration Initial { get; private set; } = null!;

    /// <summary>The OS as the file's <c>os</c> section and steps leave it.</summary>
    public OsSetup? Os { get; set; }

    /// <summary>Whether a boot step has been read.</summary>
    public bool HasBooted { get; private set; }

    /// <summary>Whether a menu step has been read.</summary>
    public bool HasMenu { get; private set; }

    public void Start(AdapterSetup adapter)
    {
        At = adapter.At;
        Initial = adapter.Configuration;
        Known = adapter.Configuration;
    }

    public void SawBoot() => HasBooted = true;

    public void SawMenu()
    {
        HasMenu = true;
        Known = null;
    }

    /// <summary>Whether a refusal by <paramref name="rule"/> is certain even when a menu step may have changed other fields.</summary>
    public static bool IsValueOnly(RuleId rule) => ValueOnlyRules.Contains(rule);
}
