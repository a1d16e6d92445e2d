using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Os;

namespace FlexFabricSim.Scenarios.Format;

/// <summary><c>outcome:</c> how the last boot ended.</summary>
public sealed record OutcomeExpectation(BootOutcome Outcome) : Expectation
{
    /// <inheritdoc />
    public override string Key => "outcome";

    /// <inheritdoc />
    public override string Describe() => $"outcome {YamlNames.Of(Outcome)}";
}

/// <summary><c>os-outcome:</c> how the OS hand-off of the last boot ended (stop error, target not offered...).</summary>
public sealed record OsOutcomeExpectation(OsOutcome Outcome) : Expectation
{
    /// <inheritdoc />
    public override string Key => "os-outcome";

    /// <inheritdoc />
    public override string Describe() => $"OS outcome {YamlNames.Of(Outcome)}";
}

/// <summary><c>stage:</c> the stage the last boot failed in.</summary>
public sealed record StageExpectation(BootStage Stage) : Expectation
{
    /// <inheritdoc />
    public override string Key => "stage";

    /// <inheritdoc />
    public override string Describe() => $"failure in stage {YamlNames.Of(Stage)}";
}

/// <summary><c>event:</c> the event id the last boot names as its cause (<c>evt-17</c>, <c>ffs-171</c>).</summary>
public sealed record CauseExpectation(BootEventId Id) : Expectation
{
    /// <inheritdoc />
    public override string Key => "event";

    /// <inheritdoc />
    public override string Describe() => $"cause {Id}";
}

/// <summary><c>events:</c> ids the event log holds, or (<c>no-events:</c>) must not hold.</summary>
public sealed record EventsExpectation(IReadOnlyList<BootEventId> Ids, bool Present) : Expectation
{
    /// <inheritdoc />
    public override string Key => Present ? "events" : "no-events";

    /// <inheritdoc />
    public override string Describe() => $"{(Present ? "events" : "no events")} {string.Join(", ", Ids)}";
}

/// <summary><c>console:</c> text the last boot's console shows (each item a substring), or (<c>no-console:</c>) must not show.</summary>
public sealed record ConsoleExpectation(IReadOnlyList<string> Texts, bool Present) : Expectation
{
    /// <inheritdoc />
    public override string Key => Present ? "console" : "no-console";

    /// <inheritdoc />
    public override string Describe() => $"console {(Present ? "shows" : "does not show")} {Quote(Texts)}";

    internal static string Quote(IEnumerable<string> texts) => string.Join(", ", texts.Select(t => $"\"{t}\""));
}

/// <summary><c>guide:</c> the guide section the last boot's result cites (<c>T10</c> or <c>p.18</c>).</summary>
public sealed record GuideExpectation(string Citation) : Expectation
{
    /// <inheritdoc />
    public override string Key => "guide";

    /// <inheritdoc />
    public override string Describe() => $"guide reference {Citation}";
}

/// <summary><c>elapsed:</c> bounds on the simulated time from power-on to the end of the last boot.</summary>
public sealed record ElapsedExpectation(TimeSpan? AtLeast, TimeSpan? AtMost) : Expectation
{
    /// <inheritdoc />
    public override string Key => "elapsed";

    /// <inheritdoc />
    public override string Describe() => (AtLeast, AtMost) switch
    {
        ({ } min, { } max) => $"boot time from {YamlNames.Of(min)} to {YamlNames.Of(max)}",
        ({ } min, null) => $"boot time at least {YamlNames.Of(min)}",
        (null, { } max) => $"boot time at most {YamlNames.Of(max)}",
        _ => "any boot time",
    };
}

/// <summary>
/// <c>session-list:</c> text <c>iscsicli sessionlist</c> shows in the booted Windows (G p.29: <c>B06BDRV</c> offload,
/// <c>Root</c> otherwise).
/// </summary>
public sealed record SessionListExpectation(IReadOnlyList<string> Texts) : Expectation
{
    /// <inheritdoc />
    public override string Key => "session-list";

    /// <inheritdoc />
    public override string Describe() => $"iscsicli sessionlist shows {ConsoleExpectation.Quote(Texts)}";
}
