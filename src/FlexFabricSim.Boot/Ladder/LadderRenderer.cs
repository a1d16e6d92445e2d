using System.Globalization;
using System.Text;

namespace FlexFabricSim.Boot.Ladder;

/// <summary>
/// Draws a <see cref="LadderDiagram"/> as text the way Wireshark's flow graph does: one column per participant, one
/// arrow per message, the time at the left.
/// </summary>
public static class LadderRenderer
{
    private const int MinimumGap = 22;
    private const int ArrowPadding = 6;
    private const int TimeWidth = 12;

    /// <summary>Renders the diagram; every line ends with a newline.</summary>
    public static string Render(LadderDiagram diagram)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        var columns = diagram.Columns;
        if (columns.Count == 0)
        {
            return string.Empty;
        }
        foreach (var m in diagram.Messages)
        {
            if ((uint)m.From >= (uint)columns.Count || (uint)m.To >= (uint)columns.Count || m.From == m.To)
            {
                throw new ArgumentException($"message '{m.Label}' goes from column {m.From} to {m.To} of {columns.Count}", nameof(diagram));
            }
        }

        var gap = Gap(diagram);
        var width = TimeWidth + (gap * (columns.Count - 1)) + 1;
        var sb = new StringBuilder();

        var header = new char[width + gap];
        Array.Fill(header, ' ');
        "time (s)".CopyTo(0, header, 0, 8);
        for (var c = 0; c < columns.Count; c++)
        {
            var name = columns[c].Length > gap - 2 ? columns[c][..(gap - 2)] : columns[c];
            name.CopyTo(0, header, TimeWidth + (c * gap), name.Length);
        }
        sb.Append(new string(header).TrimEnd()).Append('\n');
        sb.Append(Rail(width, gap, columns.Count, null)).Append('\n');

        foreach (var m in diagram.Messages)
        {
            sb.Append(Rail(width, gap, columns.Count, m)).Append('\n');
        }
        return sb.ToString();
    }

    private static int Gap(LadderDiagram diagram)
    {
        var gap = MinimumGap;
        foreach (var m in diagram.Messages)
        {
            var span = Math.Abs(m.To - m.From);
            var needed = (m.Label.Length + ArrowPadding + span - 1) / span;
            gap = Math.Max(gap, needed);
        }
        return gap;
    }

    private static string Rail(int width, int gap, int columnCount, LadderMessage? message)
    {
        var line = new char[width];
        Array.Fill(line, ' ');
        for (var c = 0; c < columnCount; c++)
        {
            line[TimeWidth + (c * gap)] = '|';
        }
        if (message is null)
        {
            return new string(line).TrimEnd();
        }

        var seconds = message.At.TotalSeconds.ToString("0.000000", CultureInfo.InvariantCulture);
        seconds.CopyTo(0, line, Math.Max(0, TimeWidth - 2 - seconds.Length), seconds.Length);

        var left = TimeWidth + (Math.Min(message.From, message.To) * gap);
        var right = TimeWidth + (Math.Max(message.From, message.To) * gap);
        for (var x = left + 1; x < right; x++)
        {
            line[x] = '-';
        }
        if (message.To > message.From)
        {
            line[right - 1] = '>';
        }
        else
        {
            line[left + 1] = '<';
        }
        // Centre the label; the spare dash goes to the side without the arrow head, so both arrows look balanced.
        var label = $" {message.Label} ";
        var slack = right - left - 1 - label.Length;
        var start = left + 1 + (message.To > message.From ? slack / 2 : (slack + 1) / 2);
        label.CopyTo(0, line, start, label.Length);
        return new string(line).TrimEnd();
    }
}
