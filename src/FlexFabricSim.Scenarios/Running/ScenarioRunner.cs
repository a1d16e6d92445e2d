using System.Globalization;
using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rules;
using FlexFabricSim.Scenarios.Format;
using FlexFabricSim.Scenarios.Lessons;
using FlexFabricSim.Scenarios.Loading;
using FlexFabricSim.Tui.Headless;
using FlexFabricSim.Tui.Navigation;

namespace FlexFabricSim.Scenarios.Running;

/// <summary>
/// Runs scenarios: steps in order on the scenario's adapter (menu keys through the headless menus, sets through the device
/// model's rules, boots through the boot engine on the scenario's lab), each step's expectations right after it, then the
/// final ones. Lessons run their solution (or a trainee's keys) and are scored. Everything runs on virtual clocks, so a
/// run is deterministic and fast.
/// </summary>
/// <param name="boot">Runs one boot; the boot engine's <c>RunAsync</c> in the product, a recording double in tests of the runner.</param>
public sealed class ScenarioRunner(Func<BootRequest, CancellationToken, Task<BootResult>> boot)
{
    private readonly Func<BootRequest, CancellationToken, Task<BootResult>> _boot = boot ?? throw new ArgumentNullException(nameof(boot));

    /// <summary>A runner that boots with the boot engine, in the scenario's lab on a virtual clock.</summary>
    public static ScenarioRunner WithBootEngine() => new((request, cancellationToken) => BootEngine.RunAsync(request, cancellationToken));

    /// <summary>Runs <paramref name="scenario"/>; a lesson runs its solution and is scored.</summary>
    public Task<ScenarioRun> RunAsync(ScenarioFile scenario, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Kind == ScenarioKind.Lesson
            ? PlayLessonAsync(scenario, scenario.Solution!, cancellationToken)
            : RunStepsAsync(scenario, scenario.Steps, cancellationToken);
    }

    /// <summary>Plays <paramref name="keys"/> as the trainee's work on <paramref name="lesson"/>'s adapter, boots, and scores it.</summary>
    public Task<ScenarioRun> PlayLessonAsync(ScenarioFile lesson, KeyScript keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        ArgumentNullException.ThrowIfNull(keys);
        if (lesson.Objective is null)
        {
            throw new ArgumentException($"{lesson.Path} is not a lesson (it has no objective)", nameof(lesson));
        }
        var start = new SourceLocation(lesson.Path, 1, 1);
        ScenarioStep[] steps =
        [
            new MenuStep { Location = start, Keys = keys, Note = "the trainee's work in the menus" },
            new BootStep { Location = start, Note = "the card boots with what was saved" },
        ];
        return RunStepsAsync(lesson, steps, cancellationToken);
    }

    /// <summary>
    /// Scores <paramref name="lesson"/> for a trainee who worked interactively: <paramref name="saved"/> is what the menus
    /// saved; <paramref name="boot"/> the boot that followed, or null to boot now.
    /// </summary>
    public async Task<LessonScore> ScoreAsync(
        ScenarioFile lesson, AdapterConfiguration saved, BootResult? boot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        ArgumentNullException.ThrowIfNull(saved);
        var objective = lesson.Objective
            ?? throw new ArgumentException($"{lesson.Path} is not a lesson (it has no objective)", nameof(lesson));
        boot ??= await _boot(RequestFor(lesson, saved, lesson.Os, null), cancellationToken).ConfigureAwait(false);
        return LessonScorer.Score(objective, new RunState(saved, lesson.Adapter.At, boot, null, null));
    }

    /// <summary>The boot request a scenario makes for <paramref name="configuration"/>: its lab, boot port and OS.</summary>
    public static BootRequest RequestFor(ScenarioFile scenario, AdapterConfiguration configuration, OsSetup? os, TimeSpan? timeLimit)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(configuration);
        var request = new BootRequest
        {
            Configuration = configuration,
            At = scenario.Adapter.At,
            Network = BootNetwork.Lab,
            Lab = scenario.Lab,
            Os = os?.Profile,
            OsInputs = os?.Inputs ?? Boot.Os.OsInputs.Prepared,
        };
        return timeLimit is { } limit ? request with { TimeLimit = limit } : request;
    }

    private async Task<ScenarioRun> RunStepsAsync(
        ScenarioFile scenario, IReadOnlyList<ScenarioStep> steps, CancellationToken cancellationToken)
    {
        var state = new RunState(scenario.Adapter.Configuration, scenario.Adapter.At, null, null, null);
        var os = scenario.Os;
        var boots = 0;
        var runs = new List<StepRun>();
        foreach (var (step, index) in steps.Select((s, i) => (s, i + 1)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            StepRun run;
            switch (step)
            {
                case MenuStep menu:
                    (run, state) = RunMenu(menu, index, state);
                    break;
                case NvramSetStep set:
                    (run, state) = RunSet(set, index, state);
                    break;
                case OsChangeStep change:
                    os = change.Os;
                    state = state with { Refusal = null };
                    run = new OsStepRun { Step = step, Number = index, Summary = $"the OS now has {string.Join(", ", change.Changes)}" };
                    break;
                case BootStep bootStep:
                    boots++;
                    (run, state) = await RunBootAsync(scenario, bootStep, index, boots, state, os, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(steps), step.GetType().Name, "unknown step");
            }
            var checkedState = state;
            runs.Add(run with { Expectations = [.. step.Expectations.Select(e => ExpectationEvaluator.Evaluate(e, checkedState))] });
        }

        var final = scenario.Expectations.Select(e => ExpectationEvaluator.Evaluate(e, state with { Refusal = null })).ToList();
        var score = scenario.Objective is { } objective ? LessonScorer.Score(objective, state) : null;
        return new ScenarioRun
        {
            Scenario = scenario, Steps = runs, Final = final, Score = score, FinalConfiguration = state.Configuration,
        };
    }

    private async Task<(StepRun, RunState)> RunBootAsync(
        ScenarioFile scenario, BootStep step, int index, int bootNumber, RunState state, OsSetup? os, CancellationToken cancellationToken)
    {
        BootResult result;
        try
        {
            result = await _boot(RequestFor(scenario, state.Configuration, os, step.TimeLimit), cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            // The engine refuses requests it cannot run (e.g. a menu step left the boot function unaddressable).
            var refused = new BootStepRun
            {
                Step = step, Number = index, BootNumber = bootNumber, Result = null,
                Summary = "the boot could not start", Problem = $"the boot engine refused the boot: {e.Message}",
            };
            return (refused, state with { LastBoot = null, Refusal = null });
        }
        var run = new BootStepRun
        {
            Step = step, Number = index, Result = result, BootNumber = bootNumber,
            Summary = $"{(step.IsReboot ? "rebooted" : "booted")}: {ExpectationEvaluator.DescribeOutcome(result)} "
                + $"after {YamlNames.Of(result.Elapsed)}",
        };
        return (run, state with { LastBoot = result, Refusal = null });
    }

    private static (StepRun, RunState) RunMenu(MenuStep step, int index, RunState state)
    {
        var store = new MemoryConfigurationStore("the scenario's NVRAM");
        using var session = HeadlessSession.Start(state.Configuration, new HeadlessOptions { Store = store });
        session.Run(step.Keys);
        var screen = session.ScreenText;
        var saved = session.Session.Saved;
        var changes = NvramChange.Between(state.Configuration, saved, state.At);
        var summary = store.SaveCount == 0
            ? "the menus saved nothing"
            : changes.Count == 0
                ? "the menus saved, with no value changed"
                : $"the menus saved {changes.Count.ToString(CultureInfo.InvariantCulture)} change(s): {string.Join("; ", changes)}";
        var run = new MenuStepRun { Step = step, Number = index, Summary = summary, Screen = screen, Saved = changes };
        return (run, state with { Configuration = saved, LastScreen = screen, Refusal = null });
    }

    private static (StepRun, RunState) RunSet(NvramSetStep step, int index, RunState state)
    {
        var configuration = state.Configuration;
        var consequences = new List<Consequence>();
        foreach (var setting in step.Settings)
        {
            switch (configuration.TryChange(ScenarioLoader.AddressFor(setting.Key, step.At), setting.Key, setting.Value))
            {
                case ChangeOutcome.Accepted accepted:
                    configuration = accepted.Result;
                    consequences.AddRange(accepted.Consequences);
                    break;
                case ChangeOutcome.Refused refused:
                    // All or nothing, as 'nvram set': the NVRAM stays as it was.
                    var expected = step.Expectations.Any(e => e is RefusedExpectation);
                    var run = new SetStepRun
                    {
                        Step = step, Number = index, Refusal = refused.Violation,
                        Summary = $"refused, NVRAM unchanged: {refused.Violation}",
                        Problem = expected ? null : $"the rules refused '{setting}': {refused.Violation}",
                    };
                    return (run, state with { Refusal = refused.Violation });
            }
        }
        var summary = consequences.Count == 0
            ? $"set {string.Join(", ", step.Settings)}"
            : $"set {string.Join(", ", step.Settings)}; {string.Join(" ", consequences)}";
        return (new SetStepRun { Step = step, Number = index, Summary = summary, Consequences = consequences },
            state with { Configuration = configuration, Refusal = null });
    }
}
