using FlexFabricSim.Boot.Lab;
using FlexFabricSim.Tui.Headless;

namespace FlexFabricSim.Scenarios.Format;

/// <summary>
/// A scenario or lesson file, loaded and checked: the adapter it starts with, the simulated world (<c>lab</c>), the OS on
/// the target, the steps and what they must show, and for a lesson the objective and a worked solution.
/// </summary>
public sealed record ScenarioFile
{
    /// <summary>The file as the user named it (errors and reports use this).</summary>
    public required string Path { get; init; }

    /// <summary>The scenario's name: the file name without extension (<c>t10-boot-lun-255</c>).</summary>
    public required string Name { get; init; }

    /// <summary>A one-line title.</summary>
    public required string Title { get; init; }

    /// <summary>Where the guide covers it.</summary>
    public required GuideCitation Guide { get; init; }

    /// <summary>A longer account of the situation, or null.</summary>
    public string? Description { get; init; }

    /// <summary>The adapter and its NVRAM at the start.</summary>
    public required AdapterSetup Adapter { get; init; }

    /// <summary>The simulated world the adapter is cabled to (the boot engine's lab model).</summary>
    public required LabDefinition Lab { get; init; }

    /// <summary>The OS installed on the target, or null to end each boot at the option ROM's hand-off.</summary>
    public OsSetup? Os { get; init; }

    /// <summary>The steps, in order (a file without steps boots once).</summary>
    public required IReadOnlyList<ScenarioStep> Steps { get; init; }

    /// <summary>What must hold once every step has run.</summary>
    public IReadOnlyList<Expectation> Expectations { get; init; } = [];

    /// <summary>For a lesson: what the trainee must achieve; null for a scenario.</summary>
    public Objective? Objective { get; init; }

    /// <summary>For a lesson: keys that reach the objective, so <c>scenario run</c> can check the lesson itself.</summary>
    public KeyScript? Solution { get; init; }

    /// <summary>Scenario or lesson.</summary>
    public ScenarioKind Kind => Objective is null ? ScenarioKind.Scenario : ScenarioKind.Lesson;
}
