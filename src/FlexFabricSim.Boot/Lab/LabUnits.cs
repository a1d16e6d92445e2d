using System.Globalization;

namespace FlexFabricSim.Boot.Lab;

/// <summary>Parses the units lab files use: durations (<c>500ms</c>, <c>30s</c>, <c>2m</c>, <c>1h</c>) and sizes (<c>64MiB</c>).</summary>
public static class LabUnits
{
    private static readonly (string Suffix, long Factor)[] SizeUnits =
        [("KiB", 1L << 10), ("MiB", 1L << 20), ("GiB", 1L << 30), ("TiB", 1L << 40), ("B", 1)];

    private static readonly (string Suffix, double Seconds)[] TimeUnits = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)];

    /// <summary>Reads a duration with a unit; a bare number is seconds.</summary>
    public static bool TryParseDuration(string text, out TimeSpan value)
    {
        value = default;
        var t = text.Trim();
        foreach (var (suffix, seconds) in TimeUnits)
        {
            if (t.EndsWith(suffix, StringComparison.Ordinal) && TryNumber(t[..^suffix.Length], out var n))
            {
                return TryMake(n * seconds, out value);
            }
        }
        return TryNumber(t, out var bare) && TryMake(bare, out value);
    }

    /// <summary>Reads a size with a binary unit (KiB, MiB, GiB, TiB) or in bytes.</summary>
    public static bool TryParseSize(string text, out long value)
    {
        value = 0;
        var t = text.Trim();
        foreach (var (suffix, factor) in SizeUnits)
        {
            if (t.EndsWith(suffix, StringComparison.Ordinal))
            {
                t = t[..^suffix.Length];
                return long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= long.MaxValue / factor
                    && (value = n * factor) >= 0;
            }
        }
        return long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryNumber(string text, out double n) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out n) && n >= 0 && double.IsFinite(n);

    private static bool TryMake(double seconds, out TimeSpan value)
    {
        value = default;
        if (seconds > TimeSpan.FromDays(365).TotalSeconds)
        {
            return false;
        }
        value = TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));
        return true;
    }
}
