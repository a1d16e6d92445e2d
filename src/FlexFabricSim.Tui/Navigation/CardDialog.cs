using FlexFabricSim.Device.Rules;

namespace FlexFabricSim.Tui.Navigation;

/// <summary>A card-style message box: a title, a few lines and either "any key" or a set of answers.</summary>
/// <param name="Kind">Error, information or question.</param>
/// <param name="Title">The box's title.</param>
/// <param name="Lines">The message; long lines are wrapped by the view.</param>
/// <param name="Options">The answers of a question; empty means any key closes the box.</param>
public sealed record CardDialog(DialogKind Kind, string Title, IReadOnlyList<string> Lines, IReadOnlyList<DialogOption> Options)
{
    /// <summary>The answers as the box lists them (<c>Y = Save and exit</c>), or "Press any key to continue".</summary>
    public IReadOnlyList<string> Answers => Options.Count == 0
        ? ["Press any key to continue"]
        : [.. Options.Select(o => $"{o.KeyName} = {o.Caption}")];

    /// <summary>A box telling why the device model refused a change (the card changes nothing).</summary>
    public static CardDialog Refusal(RuleViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        // Some messages cite the guide themselves; add the page only where they do not.
        var page = violation.GuidePage is { } p && !violation.Message.Contains("G p.", StringComparison.Ordinal) ? $"(G p.{p})" : null;
        return new(DialogKind.Error, "Invalid Setting", page is null ? [violation.Message] : [violation.Message, page], []);
    }

    /// <summary>A box with a note that any key closes.</summary>
    public static CardDialog Note(string title, params string[] lines) => new(DialogKind.Information, title, lines, []);

    /// <summary>A box reporting a failure that any key closes.</summary>
    public static CardDialog Failure(string title, params string[] lines) => new(DialogKind.Error, title, lines, []);

    /// <summary>A question with the given answers.</summary>
    public static CardDialog Question(string title, IReadOnlyList<string> lines, params DialogOption[] options) =>
        new(DialogKind.Question, title, lines, options);
}
