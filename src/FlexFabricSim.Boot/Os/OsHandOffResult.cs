using FlexFabricSim.Boot.Events;

namespace FlexFabricSim.Boot.Os;

/// <summary>What happened when the OS took over: the outcome, its engine code and guide section, caveats, and what the OS shows.</summary>
/// <param name="Outcome">How it ended.</param>
/// <param name="Code">The engine code of the outcome.</param>
/// <param name="Message">What the user sees or should know.</param>
/// <param name="Guide">Where the guide explains it.</param>
/// <param name="Notes">Caveats that do not stop the OS.</param>
/// <param name="SessionList">For Windows, what <c>iscsicli sessionlist</c> prints (G p.29); empty otherwise or when not up.</param>
public sealed record OsHandOffResult(
    OsOutcome Outcome,
    EngineCode Code,
    string Message,
    GuideReference? Guide,
    IReadOnlyList<OsNote> Notes,
    IReadOnlyList<string> SessionList)
{
    /// <summary>True when the OS (or its installer, offering the target) came up.</summary>
    public bool IsUp => Outcome is OsOutcome.Running or OsOutcome.InstallerRunning;

    /// <summary>A failed hand-off with no caveats and no session list.</summary>
    public static OsHandOffResult Failure(OsOutcome outcome, EngineCode code, string message, GuideReference? guide) =>
        new(outcome, code, message, guide, [], []);
}
