namespace FlexFabricSim.Tui.Views;

/// <summary>Fitting text into cells: cut with an ellipsis, pad, centre, word-wrap. Pure functions, so the views stay simple.</summary>
public static class TextLayout
{
    /// <summary>The mark at the end of text that was cut.</summary>
    public const char Ellipsis = '…';

    /// <summary><paramref name="text"/> in at most <paramref name="width"/> cells, ending in an ellipsis when cut.</summary>
    public static string Fit(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (width <= 0)
        {
            return "";
        }
        return text.Length <= width ? text : text[..(width - 1)] + Ellipsis;
    }

    /// <summary><paramref name="text"/> cut to <paramref name="width"/> and padded with spaces to exactly that width.</summary>
    public static string Pad(string text, int width) => Fit(text, width).PadRight(Math.Max(0, width));

    /// <summary><paramref name="text"/> centred in <paramref name="width"/> cells.</summary>
    public static string Center(string text, int width)
    {
        var fitted = Fit(text, width);
        var left = Math.Max(0, (width - fitted.Length) / 2);
        return (new string(' ', left) + fitted).PadRight(Math.Max(0, width));
    }

    /// <summary>
    /// The window of <paramref name="text"/> that keeps <paramref name="cursor"/> visible in <paramref name="width"/> cells,
    /// and where the cursor falls in it.
    /// </summary>
    public static (string Visible, int CursorColumn) Scroll(string text, int cursor, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (width <= 0)
        {
            return ("", 0);
        }
        var start = Math.Max(0, cursor - width + 1);
        var visible = text.Length - start <= width ? text[start..] : text.Substring(start, width);
        return (visible, cursor - start);
    }

    /// <summary>Word-wraps <paramref name="text"/> to <paramref name="width"/>; words longer than a line are split.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<string>();
        if (width <= 0)
        {
            return lines;
        }
        var line = new System.Text.StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (rest.Length > 0)
            {
                var room = line.Length == 0 ? width : width - line.Length - 1;
                if (rest.Length <= room)
                {
                    if (line.Length > 0)
                    {
                        line.Append(' ');
                    }
                    line.Append(rest);
                    rest = "";
                }
                else if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }
                else
                {
                    lines.Add(rest[..width]);
                    rest = rest[width..];
                }
            }
        }
        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }
        return lines;
    }
}
