using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Device.Rules;
using FlexFabricSim.Scenarios.Format;

namespace FlexFabricSim.Scenarios.Running;

/// <summary>What one step did: a summary, its expectations' results, and a problem when the step could not do its work.</summary>
public abstract record StepRun
{
    private protected StepRun()
    {
    }

    /// <summary>The step.</summary>
    public required ScenarioStep Step { get; init; }

    /// <summary>1-based position in the scenario.</summary>
    public required int Number { get; init; }

    /// <summary>What happened, in one line.</summary>
    public required string Summary { get; init; }

    /// <summary>The step's expectations, checked right after it.</summary>
    public IReadOnlyList<ExpectationResult> Expectations { get; init; } = [];

    /// <summary>Why the step could not do what it says (a set the rules refused unexpectedly), or null.</summary>
    public string? Problem { get; init; }

    /// <summary>Whether the step did its work and all its expectations held.</summary>
    public bool Passed => Problem is null && Expectations.All(e => e.Passed);
}

/// <summary>A menu step: the final screen and what the menus saved to NVRAM.</summary>
public sealed record MenuStepRun : StepRun
{
    /// <summary>The screen when the keys ran out.</summary>
    public required string Screen { get; init; }

    /// <summary>The NVRAM values the menus changed and saved, at the boot port.</summary>
    public required IReadOnlyList<NvramChange> Saved { get; init; }
}

/// <summary>A set step: accepted with its consequences, or refused.</summary>
public sealed record SetStepRun : StepRun
{
    /// <summary>Side effects the card announced (an IP Version switch resets addresses).</summary>
    public IReadOnlyList<Consequence> Consequences { get; init; } = [];

    /// <summary>The refusal, when the rules refused the set (expected or not).</summary>
    public RuleViolation? Refusal { get; init; }
}

/// <summary>A boot or reboot: the boot engine's full result.</summary>
public sealed record BootStepRun : StepRun
{
    /// <summary>The boot's result (console, events, iBFT, pcapng); null when the engine refused to start it (see the problem).</summary>
    public required BootResult? Result { get; init; }

    /// <summary>1-based count of boots so far in the scenario.</summary>
    public required int BootNumber { get; init; }
}

/// <summary>An OS change between boots.</summary>
public sealed record OsStepRun : StepRun;
