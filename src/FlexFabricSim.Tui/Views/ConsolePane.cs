using FlexFabricSim.Tui.BootConsole;
using FlexFabricSim.Tui.Theme;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;

namespace FlexFabricSim.Tui.Views;

/// <summary>A text-mode console: lines from the top, word-wrapped at the edge, scrolled so the newest line stays visible.</summary>
public abstract class ConsolePane : View
{
    /// <summary>Creates a pane that fills its container in the console colours.</summary>
    protected ConsolePane()
    {
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = false;
        SetScheme(CcmSchemes.Console);
    }

    /// <summary>The lines to show now.</summary>
    protected abstract IReadOnlyList<BootConsoleLine> Lines { get; }

    /// <inheritdoc />
    protected override bool OnDrawingContent(DrawContext? context)
    {
        var width = Viewport.Width;
        var height = Viewport.Height;
        // Lines that fit keep their spacing (indented details); longer ones are word-wrapped.
        var screenLines = Lines
            .SelectMany(line => (line.Text.Length <= width ? [line.Text] : TextLayout.Wrap(line.Text, width))
                .Select(text => (text, line.Kind)))
            .ToList();
        var first = Math.Max(0, screenLines.Count - height);
        for (var row = 0; row < height; row++)
        {
            var index = first + row;
            var (text, kind) = index < screenLines.Count ? screenLines[index] : ("", BootConsoleLineKind.Normal);
            SetAttribute(GetAttributeForRole(RoleOf(kind)));
            AddStr(0, row, TextLayout.Pad(text, width));
        }
        return true;
    }

    private static VisualRole RoleOf(BootConsoleLineKind kind) => kind switch
    {
        BootConsoleLineKind.Highlight => VisualRole.HotNormal,
        BootConsoleLineKind.Error => VisualRole.Editable,
        BootConsoleLineKind.SimulatorNote => VisualRole.Disabled,
        _ => VisualRole.Normal,
    };
}
