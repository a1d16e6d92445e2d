using FlexFabricSim.Tui.Navigation;
using FlexFabricSim.Tui.Theme;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace FlexFabricSim.Tui.Views;

/// <summary>
/// The one form view: draws whatever screen the <see cref="MenuNavigator"/> has on top (title bar, framed rows of
/// label/value, help, status, key help) in the CCM look. It holds no screen-specific code; screens are data.
/// </summary>
public sealed partial class FormView : View
{
    /// <summary>Creates the view; it fills its container and takes no focus (the host turns keys into commands).</summary>
    public FormView()
    {
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = false;
        SetScheme(CcmSchemes.Menu);
    }

    /// <summary>The utility being shown; null shows an empty CCM screen.</summary>
    public MenuNavigator? Navigator { get; set; }

    /// <inheritdoc />
    protected override bool OnDrawingContent(DrawContext? context)
    {
        var layout = new FormLayout(Viewport.Width, Viewport.Height);
        if (Navigator is not { } navigator)
        {
            return true;
        }
        if (layout.Width < FormLayout.MinWidth || layout.Height < FormLayout.MinHeight)
        {
            // The card draws in 80x25 text mode; a smaller terminal gets a plain request rather than a broken screen.
            SetAttribute(GetAttributeForRole(VisualRole.Normal));
            var lines = TextLayout.Wrap($"The card's screens need {FormLayout.MinWidth}x{FormLayout.MinHeight}; this terminal is " +
                $"{layout.Width}x{layout.Height}. Enlarge it, or press Ctrl-Q to quit.", Math.Max(1, layout.Width));
            for (var row = 0; row < Math.Min(lines.Count, layout.Height); row++)
            {
                AddStr(0, row, lines[row]);
            }
            return true;
        }
        var notice = Notice(navigator, layout);
        navigator.PageSize = layout.BodyHeight - (notice.Count == 0 ? 0 : notice.Count + 1);
        DrawBars(layout, navigator);
        DrawFrame(layout, navigator.Current.Title);
        var top = layout.BodyTop;
        if (notice.Count > 0)
        {
            SetAttribute(GetAttributeForRole(VisualRole.Disabled));
            foreach (var line in notice)
            {
                AddStr(layout.LabelColumn, top++, TextLayout.Pad(line, layout.BarWidth - 3));
            }
            top++;
        }
        DrawRows(layout, navigator, top);
        DrawHelp(layout, navigator);
        return true;
    }

    /// <summary>Tells the navigator how many rows fit now, so paging and scrolling match the screen (also before a draw).</summary>
    public void SyncPageSize()
    {
        if (Navigator is { } navigator && Viewport.Height >= FormLayout.MinHeight)
        {
            var layout = new FormLayout(Viewport.Width, Viewport.Height);
            var notice = Notice(navigator, layout);
            navigator.PageSize = layout.BodyHeight - (notice.Count == 0 ? 0 : notice.Count + 1);
        }
    }

    /// <summary>The notice lines at the top of the frame (iSCSI boot not running), at most two.</summary>
    private static List<string> Notice(MenuNavigator navigator, FormLayout layout) =>
        RowPresenter.Notice(navigator.Current, navigator.Working) is { } text
            ? [.. TextLayout.Wrap(text, layout.BarWidth - 3).Take(2)]
            : [];

    private void DrawBars(FormLayout layout, MenuNavigator navigator)
    {
        SetAttribute(CcmSchemes.Bar.GetAttributeForRole(VisualRole.Normal));
        var right = navigator.TitleRight + " ";
        var left = TextLayout.Pad(" " + navigator.TitleLeft, Math.Max(0, layout.Width - right.Length));
        AddStr(0, layout.TitleRow, left + right);
        AddStr(0, layout.KeyRow, TextLayout.Pad(" " + navigator.KeyHelpLine, layout.Width));
        SetAttribute(GetAttributeForRole(VisualRole.Normal));
        AddStr(0, layout.TitleRow + 1, TextLayout.Pad(" " + navigator.Location, layout.Width));
    }

    private void DrawFrame(FormLayout layout, string title)
    {
        SetAttribute(GetAttributeForRole(VisualRole.Normal));
        var inner = layout.FrameRight - layout.FrameLeft - 1;
        AddStr(layout.FrameLeft, layout.FrameTop, "┌" + new string('─', inner) + "┐");
        for (var row = layout.BodyTop; row < layout.FrameBottom; row++)
        {
            AddStr(layout.FrameLeft, row, "│");
            AddStr(layout.FrameRight, row, "│");
        }
        AddStr(layout.FrameLeft, layout.FrameBottom, "└" + new string('─', inner) + "┘");
        var caption = $" {TextLayout.Fit(title, inner - 4)} ";
        SetAttribute(GetAttributeForRole(VisualRole.HotNormal));
        AddStr(layout.FrameLeft + 1 + ((inner - caption.Length) / 2), layout.FrameTop, caption);
    }

    private void DrawHelp(FormLayout layout, MenuNavigator navigator)
    {
        SetAttribute(GetAttributeForRole(VisualRole.Normal));
        var help = TextLayout.Wrap(navigator.SelectedHelp, layout.TextWidth);
        for (var i = 0; i < layout.HelpLines; i++)
        {
            var text = i < help.Count ? help[i] : "";
            if (i == layout.HelpLines - 1 && help.Count > layout.HelpLines)
            {
                text = TextLayout.Fit(text + " " + string.Join(' ', help.Skip(layout.HelpLines)), layout.TextWidth);
            }
            AddStr(2, layout.HelpTop + i, TextLayout.Pad(text, layout.TextWidth));
        }
        SetAttribute(GetAttributeForRole(VisualRole.HotNormal));
        AddStr(2, layout.StatusRow, TextLayout.Pad(navigator.Status ?? "", layout.TextWidth));
    }
}
