using FlexFabricSim.Scenarios.Explaining;
using FlexFabricSim.Scenarios.Format;
using FlexFabricSim.Tui.Theme;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace FlexFabricSim.Scenarios.Lessons;

/// <summary>
/// The lesson's objective beside or below the card's screen while the trainee works: the title, the objective in the
/// lesson's words, and how to finish. The scored points stay hidden until the score, so the pane does not give answers.
/// </summary>
public sealed class ObjectivePane : View
{
    private readonly ScenarioFile _lesson;

    /// <summary>Shows <paramref name="lesson"/>'s objective.</summary>
    public ObjectivePane(ScenarioFile lesson)
    {
        _lesson = lesson ?? throw new ArgumentNullException(nameof(lesson));
        if (lesson.Objective is null)
        {
            throw new ArgumentException($"{lesson.Path} is not a lesson (it has no objective)", nameof(lesson));
        }
        CanFocus = false;
        SetScheme(CcmSchemes.Bar);
    }

    /// <summary>The pane's text laid out for <paramref name="width"/> columns.</summary>
    public IReadOnlyList<string> LinesFor(int width)
    {
        var usable = Math.Max(20, width - 2);
        string[] paragraphs =
        [
            $"{_lesson.Title} (guide {_lesson.Guide})",
            "Objective: " + _lesson.Objective!.Text,
            "When done, save (F4) and let the card boot; Ctrl-Q ends the lesson and shows your score.",
        ];
        // Words longer than the pane are cut rather than spilling past its edge.
        return [.. paragraphs.SelectMany(p => ScenarioExplainer.Wrap(p, usable)).Select(l => l.Length > usable ? l[..usable] : l)];
    }

    /// <inheritdoc />
    protected override bool OnDrawingContent(DrawContext? context)
    {
        var lines = LinesFor(Viewport.Width);
        for (var row = 0; row < Viewport.Height; row++)
        {
            Move(0, row);
            var text = row < lines.Count ? " " + lines[row] : "";
            AddStr(text.PadRight(Viewport.Width)[..Viewport.Width]);
        }
        return true;
    }
}
