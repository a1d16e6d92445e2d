using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Tui.Headless;

namespace FlexFabricSim.Scenarios.Format;

/// <summary>
/// One step of a scenario, run in order on the scenario's adapter: keys in the menus, NVRAM sets, OS changes, boots.
/// A step may carry expectations, checked right after it runs.
/// </summary>
public abstract record ScenarioStep
{
    private protected ScenarioStep()
    {
    }

    /// <summary>Where the step was written.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The author's note on why the step is there, shown by <c>scenario explain</c>; null when none.</summary>
    public string? Note { get; init; }

    /// <summary>What must hold right after the step.</summary>
    public IReadOnlyList<Expectation> Expectations { get; init; } = [];

    /// <summary>The step in one line, as <c>scenario explain</c> lists it.</summary>
    public abstract string Describe();
}

/// <summary>
/// Power on and replay keys in the card's menus headless (the <c>flexfabric menu --keys</c> syntax); what the menus saved
/// becomes the NVRAM.
/// </summary>
public sealed record MenuStep : ScenarioStep
{
    /// <summary>The keys.</summary>
    public required KeyScript Keys { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"menu: power on and press {Keys.Format()}";
}

/// <summary>Set NVRAM values as <c>flexfabric nvram set</c> does: all or nothing, through the device model's rules.</summary>
public sealed record NvramSetStep : ScenarioStep
{
    /// <summary>The values, applied in order.</summary>
    public required IReadOnlyList<NvramSetting> Settings { get; init; }

    /// <summary>The port and function they apply to.</summary>
    public required NvramAddress At { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"set at {At}: {string.Join(", ", Settings)}";
}

/// <summary>Power the server on and let it boot without the setup key; <see cref="IsReboot"/> marks a second or later boot.</summary>
public sealed record BootStep : ScenarioStep
{
    /// <summary>Written <c>reboot</c>: the same as a boot, named for readers (a restart after changes).</summary>
    public bool IsReboot { get; init; }

    /// <summary>Simulated time after which a boot still retrying is ended; null for the engine's default.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <inheritdoc />
    public override string Describe() => IsReboot ? "reboot: restart the server and boot" : "boot: power on and boot";
}

/// <summary>Change the installed OS (install a driver, edit the registry, set the link speed) before the next boot.</summary>
public sealed record OsChangeStep : ScenarioStep
{
    /// <summary>The OS after the change.</summary>
    public required OsSetup Os { get; init; }

    /// <summary>What changed, as written (<c>bxois-start-override: 0</c>).</summary>
    public required IReadOnlyList<string> Changes { get; init; }

    /// <inheritdoc />
    public override string Describe() => $"os: {string.Join(", ", Changes)}";
}
