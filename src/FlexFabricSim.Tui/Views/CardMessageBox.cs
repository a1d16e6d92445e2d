using FlexFabricSim.Tui.Navigation;
using FlexFabricSim.Tui.Theme;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace FlexFabricSim.Tui.Views;

/// <summary>
/// The card's message box, centred over the form: a framed box with a title, the message and the keys that answer it.
/// Errors are white on red, questions black on grey. It is part of the screen, not a separate modal loop, so headless
/// runs and the terminal behave the same.
/// </summary>
public sealed class CardMessageBox : View
{
    /// <summary>Widest box, in cells (narrower screens get a narrower box).</summary>
    private const int MaxBoxWidth = 64;

    /// <summary>Creates the box, centred over its container and just as large as its message needs.</summary>
    public CardMessageBox()
    {
        X = Pos.Center();
        Y = Pos.Center();
        Width = Dim.Func(_ => BoxSize().Width);
        Height = Dim.Func(_ => BoxSize().Height);
        CanFocus = false;
    }

    /// <summary>The message box to draw, or null for none.</summary>
    public CardDialog? Dialog { get; set; }

    /// <summary>The box's width on a screen <paramref name="screenWidth"/> wide, and its text lines (message, blank, answers).</summary>
    public static (int Width, List<string> Body) Measure(CardDialog dialog, int screenWidth)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var boxWidth = Math.Min(MaxBoxWidth, Math.Max(20, screenWidth - 8));
        var textWidth = boxWidth - 4;
        var body = dialog.Lines.SelectMany(l => TextLayout.Wrap(l, textWidth)).Append("").ToList();
        var answers = string.Join("   ", dialog.Answers);
        body.AddRange(answers.Length <= textWidth ? [answers] : dialog.Answers.Select(a => TextLayout.Fit(a, textWidth)));
        return (boxWidth, body);
    }

    /// <summary>The box's size: frame, a blank line, the body, a blank line, frame.</summary>
    private (int Width, int Height) BoxSize()
    {
        if (Dialog is not { } dialog)
        {
            return (0, 0);
        }
        var (width, body) = Measure(dialog, SuperView?.Viewport.Width ?? FormLayout.MinWidth);
        return (width, body.Count + 4);
    }

    /// <inheritdoc />
    protected override bool OnDrawingContent(DrawContext? context)
    {
        if (Dialog is not { } dialog)
        {
            return true;
        }
        var scheme = dialog.Kind == DialogKind.Question ? CcmSchemes.Dialog : CcmSchemes.Error;
        var (width, body) = Measure(dialog, SuperView?.Viewport.Width ?? FormLayout.MinWidth);
        const int left = 0;
        const int top = 0;
        var inner = width - 2;
        var normal = scheme.GetAttributeForRole(VisualRole.Normal);
        var accent = scheme.GetAttributeForRole(VisualRole.HotNormal);

        SetAttribute(normal);
        AddStr(left, top, "┌" + new string('─', inner) + "┐");
        var caption = $" {TextLayout.Fit(dialog.Title, inner - 4)} ";
        AddStr(left + 1 + ((inner - caption.Length) / 2), top, caption);
        AddStr(left, top + 1, "│" + new string(' ', inner) + "│");
        var promptStart = body.LastIndexOf("") + 1;
        for (var i = 0; i < body.Count; i++)
        {
            SetAttribute(normal);
            AddStr(left, top + 2 + i, "│ ");
            SetAttribute(i >= promptStart ? accent : normal);
            AddStr(left + 2, top + 2 + i, TextLayout.Pad(body[i], inner - 2));
            SetAttribute(normal);
            AddStr(left + width - 2, top + 2 + i, " │");
        }
        AddStr(left, top + 2 + body.Count, "│" + new string(' ', inner) + "│");
        AddStr(left, top + 3 + body.Count, "└" + new string('─', inner) + "┘");
        return true;
    }
}
