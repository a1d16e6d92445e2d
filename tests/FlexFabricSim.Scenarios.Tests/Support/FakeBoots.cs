using FlexFabricSim.Boot.Console;
using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Events;

namespace FlexFabricSim.Scenarios.Tests.Support;

/// <summary>Hand-made boot results for checking the evaluator and the runner's bookkeeping without the boot engine.</summary>
internal static class FakeBoots
{
    public static BootResult Failed(BootStage stage, BootEventId cause, GuideReference? guide, params string[] console) => new()
    {
        Outcome = BootOutcome.Failed,
        FailedStage = stage,
        EventId = cause,
        Reason = "test failure",
        Guide = guide,
        Elapsed = TimeSpan.FromSeconds(12),
        Console = [.. console.Select((t, i) => new ConsoleLine(TimeSpan.FromSeconds(i), t))],
        Events = [new BootEvent(TimeSpan.FromSeconds(12), stage, BootEventSeverity.Error, cause, "test failure", guide)],
    };

    public static BootResult HandedOff(params BootEventId[] ids) => new()
    {
        Outcome = BootOutcome.HandedOff,
        Elapsed = TimeSpan.FromSeconds(5),
        Console = [new ConsoleLine(TimeSpan.Zero, "Login successful")],
        Events = [.. ids.Select(id => new BootEvent(TimeSpan.FromSeconds(5), BootStage.Login, BootEventSeverity.Information, id, "step"))],
    };
}
