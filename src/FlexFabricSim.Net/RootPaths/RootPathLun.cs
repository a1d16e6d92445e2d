using System.Globalization;
using System.Text;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.RootPaths;

/// <summary>The LUN field of a root path: up to four dash-separated hex levels of an 8-byte SAM LUN (RFC 4173 §5).</summary>
/// <remarks>
/// Level 1 is the first two bytes: LUN 64 is written <c>40</c> (G p.10) and is <c>0040-0000-0000-0000</c>, bytes
/// <c>00 40 00 …</c> (peripheral device addressing). Missing levels are zero; an empty field is LUN 0.
/// </remarks>
public static class RootPathLun
{
    /// <summary>The number of 2-byte levels of a SAM LUN (SAM-2 §4.9).</summary>
    public const int LevelCount = 4;

    /// <summary>Parses the text form (<c>40</c>, <c>0040</c>, <c>0040-0000-0000-0000</c>, <c>4186-9</c>); empty text is LUN 0.</summary>
    /// <exception cref="FormatException">The text is not up to four dash-separated levels of 1-4 hex digits.</exception>
    public static ScsiLun Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var lun, out var problem) ? lun : throw new FormatException($"LUN '{text}': {problem}");

    /// <summary>Parses the text form; false when it is not up to four dash-separated levels of 1-4 hex digits.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out ScsiLun lun) => TryParse(text, out lun, out _);

    /// <summary>One of the four 2-byte levels; <paramref name="index"/> 0 is the first level.</summary>
    public static ushort GetLevel(ScsiLun lun, int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, LevelCount);
        return (ushort)(lun.Raw >> (48 - 16 * index));
    }

    /// <summary>The shortest text form: hex levels, dash-separated, trailing zero levels left out (<c>40</c>, <c>4186-9</c>).</summary>
    public static string Format(ScsiLun lun)
    {
        var last = LevelCount - 1;
        while (last > 0 && GetLevel(lun, last) == 0)
        {
            last--;
        }
        var text = new StringBuilder();
        for (var i = 0; i <= last; i++)
        {
            if (i > 0)
            {
                text.Append('-');
            }
            text.Append(GetLevel(lun, i).ToString("X", CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    /// <summary>The SAM form with every level written out: <c>0040-0000-0000-0000</c>.</summary>
    public static string FormatSam(ScsiLun lun) =>
        string.Join('-', Enumerable.Range(0, LevelCount).Select(i => GetLevel(lun, i).ToString("X4", CultureInfo.InvariantCulture)));

    /// <summary>Parses the text form, saying in words what is wrong when it fails.</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, out ScsiLun lun, out string problem)
    {
        lun = ScsiLun.Zero;
        problem = string.Empty;
        if (text.IsEmpty)
        {
            return true;
        }

        ulong value = 0;
        var level = 0;
        foreach (var range in text.Split('-'))
        {
            var part = text[range];
            if (level == LevelCount)
            {
                problem = "more than four dash-separated levels (a SCSI LUN is 8 bytes)";
                return false;
            }
            if (part.IsEmpty || part.Length > 4)
            {
                problem = part.IsEmpty
                    ? "an empty level between dashes"
                    : $"level '{part}' has more than 4 hex digits (write the 8-byte form as 0040-0000-0000-0000)";
                return false;
            }
            if (!ushort.TryParse(part, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var levelValue))
            {
                problem = $"level '{part}' is not hexadecimal (the LUN is written in hex: LUN 64 is 40)";
                return false;
            }
            value |= (ulong)levelValue << (48 - 16 * level);
            level++;
        }
        lun = new ScsiLun(value);
        return true;
    }
}
