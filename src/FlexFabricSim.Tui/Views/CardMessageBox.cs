using FlexFabricSim.Tui.Navigation;
using FlexFabricSim.Tui.Theme;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace FlexFabricSim.Tui.Views;

/// <summary>
/// The card's message box, drawn over the form: a framed box with a title, the message and the keys that answer it.
/// Errors are white on red, questions black on grey. It is part of the screen, not a separate modal loop, so headless
/// runs and the terminal behave the same.
/// </summary>
public sealed class CardMessageBox : View
{
    /// <summary>Widest box, in cells (narrower screens get a narrower box).</summary>
    private const int MaxBoxWidth = 64;

    /// <summary>Creates the overlay; it covers its container but draws only the box.</summary>
    public CardMessageBox()
    {
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = false;
        ViewportSettings |= ViewportSettingsFlags.Transparent;
    }

    /// <summary>The message box to draw, or null for none.</summary>
    public CardDialog? Dialog { get; set; }

    /// <summary>Where the box goes on a screen of <paramref name="width"/> x <paramref name="height"/>, and its text lines.</summary>
    public static (int Left, int Top, int Width, IReadOnlyList<string> Body) Measure(CardDialog dialog, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        var boxWidth = Math.Min(MaxBoxWidth, Math.Max(20, width - 8));
        var textWidth = boxWidth - 4;
        var body = dialog.Lines.SelectMany(l => TextLayout.Wrap(l, textWidth)).Append("")
            .Concat(TextLayout.Wrap(dialog.Prompt, textWidth)).ToList();
        var boxHeight = body.Count + 4;
        return ((width - boxWidth) / 2, Math.Max(0, (height - boxHeight) / 2), boxWidth, body);
    }

    /// <inheritdoc />
    protected override bool OnClearingViewport() => true;

    /// <inheritdoc />
    protected override bool OnDrawingContent(DrawContext? context)
    {
        if (Dialog is not { } dialog)
        {
            return true;
        }
        var scheme = dialog.Kind == DialogKind.Question ? CcmSchemes.Dialog : CcmSchemes.Error;
        var (left, top, width, body) = Measure(dialog, Viewport.Width, Viewport.Height);
        var inner = width - 2;
        var normal = scheme.GetAttributeForRole(VisualRole.Normal);
        var accent = scheme.GetAttributeForRole(VisualRole.HotNormal);

        SetAttribute(normal);
        AddStr(left, top, "┌" + new string('─', inner) + "┐");
        var caption = $" {TextLayout.Fit(dialog.Title, inner - 4)} ";
        AddStr(left + 1 + ((inner - caption.Length) / 2), top, caption);
        AddStr(left, top + 1, "│" + new string(' ', inner) + "│");
        var promptStart = body.Count - TextLayout.Wrap(dialog.Prompt, inner - 2).Count;
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
