using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Scenarios.Format;
using FlexFabricSim.Scenarios.Lessons;

namespace FlexFabricSim.Scenarios.Running;

/// <summary>A scenario run from start to end: every step's result, the final expectations, and for a lesson its score.</summary>
public sealed record ScenarioRun
{
    /// <summary>The scenario that ran.</summary>
    public required ScenarioFile Scenario { get; init; }

    /// <summary>Each step, in order.</summary>
    public required IReadOnlyList<StepRun> Steps { get; init; }

    /// <summary>The scenario's final expectations.</summary>
    public IReadOnlyList<ExpectationResult> Final { get; init; } = [];

    /// <summary>For a lesson: the objective's score.</summary>
    public LessonScore? Score { get; init; }

    /// <summary>The NVRAM at the end.</summary>
    public required AdapterConfiguration FinalConfiguration { get; init; }

    /// <summary>Every boot's result, in order.</summary>
    public IReadOnlyList<BootResult> Boots => [.. Steps.OfType<BootStepRun>().Select(b => b.Result).OfType<BootResult>()];

    /// <summary>Every expectation checked (steps' and final), in order.</summary>
    public IEnumerable<ExpectationResult> AllExpectations => Steps.SelectMany(s => s.Expectations).Concat(Final);

    /// <summary>Whether every step worked, every expectation held, and a lesson scored full marks.</summary>
    public bool Passed => Steps.All(s => s.Passed) && Final.All(e => e.Passed) && (Score is null || Score.IsFullMarks);

    /// <summary>
    /// Each failure in one line, naming where it was written:
    /// <c>file:12:5: step 3 expect outcome: expected outcome failed; got outcome os-running</c>.
    /// </summary>
    public IReadOnlyList<string> Failures()
    {
        var lines = new List<string>();
        foreach (var step in Steps)
        {
            if (step.Problem is { } problem)
            {
                lines.Add($"{step.Step.Location}: step {step.Number}: {problem}");
            }
            lines.AddRange(step.Expectations.Where(e => !e.Passed)
                .Select(e => $"{e.Expectation.Location}: step {step.Number} expect {e.Expectation.Key}: {e}"));
        }
        lines.AddRange(Final.Where(e => !e.Passed).Select(e => $"{e.Expectation.Location}: expect {e.Expectation.Key}: {e}"));
        if (Score is { IsFullMarks: false } score)
        {
            lines.AddRange(score.Missed.Select(p => $"{p.Point.Check.Location}: objective: {p.Result} ({p.Point.Guide})"));
        }
        return lines;
    }
}
