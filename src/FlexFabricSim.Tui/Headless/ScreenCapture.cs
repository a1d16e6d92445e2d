using System.Globalization;
using System.Text;
using Terminal.Gui.Drawing;
using Terminal.Gui.Drivers;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace FlexFabricSim.Tui.Headless;

/// <summary>What a screen showed: its text, and its colours as a map of one symbol per cell with a legend.</summary>
/// <param name="Lines">The rows of text, exactly <c>Width</c> cells each.</param>
/// <param name="Palette">The distinct attributes, in order of first appearance (top-left to bottom-right).</param>
/// <param name="AttributeRows">One symbol per cell: the index into <paramref name="Palette"/> in base 36 (0-9, a-z).</param>
public sealed record ScreenCapture(IReadOnlyList<string> Lines, IReadOnlyList<Attribute> Palette, IReadOnlyList<string> AttributeRows)
{
    private const string Symbols = "0123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>The screen as text, one line per row (trailing spaces kept).</summary>
    public string Text => string.Join('\n', Lines) + "\n";

    /// <summary>The colour map: a legend (<c>0 = White on Blue</c>), a blank line, then one symbol per cell.</summary>
    public string AttributeMap
    {
        get
        {
            var sb = new StringBuilder();
            for (var i = 0; i < Palette.Count; i++)
            {
                var attribute = Palette[i];
                sb.Append(Symbols[i]).Append(" = ").Append(Describe(attribute.Foreground)).Append(" on ")
                    .Append(Describe(attribute.Background)).Append('\n');
            }
            sb.Append('\n');
            foreach (var row in AttributeRows)
            {
                sb.Append(row).Append('\n');
            }
            return sb.ToString();
        }
    }

    /// <summary>Reads the driver's screen buffer.</summary>
    public static ScreenCapture From(IDriver driver)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var contents = driver.Contents ?? throw new InvalidOperationException("The driver has no screen buffer yet.");
        var rows = driver.Rows;
        var cols = driver.Cols;
        var lines = new List<string>(rows);
        var palette = new List<Attribute>();
        var map = new List<string>(rows);
        for (var row = 0; row < rows; row++)
        {
            var text = new StringBuilder(cols);
            var symbols = new StringBuilder(cols);
            for (var col = 0; col < cols; col++)
            {
                var cell = contents[row, col];
                text.Append(string.IsNullOrEmpty(cell.Grapheme) ? " " : cell.Grapheme);
                var attribute = cell.Attribute ?? default;
                var index = palette.IndexOf(attribute);
                if (index < 0)
                {
                    palette.Add(attribute);
                    index = palette.Count - 1;
                }
                symbols.Append(index < Symbols.Length ? Symbols[index] : '?');
            }
            lines.Add(text.ToString());
            map.Add(symbols.ToString());
        }
        return new ScreenCapture(lines, palette, map);
    }

    private static string Describe(Color color)
    {
        var name = color.GetClosestNamedColor16();
        return new Color(name).Equals(color) ? name.ToString() : color.ToString(null, CultureInfo.InvariantCulture);
    }
}
