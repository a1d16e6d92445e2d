using System.Globalization;

namespace FlexFabricSim.Cli.Commands;

/// <summary>Sizes written the way people type them: <c>64M</c>, <c>1G</c>, <c>512K</c>, <c>4096</c> (powers of 1024).</summary>
public static class CliSizes
{
    /// <summary>Parses a size; false for anything else, including zero and negative sizes.</summary>
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        text = text.Trim();
        if (text.Length == 0)
        {
            return false;
        }
        var multiplier = char.ToUpperInvariant(text[^1]) switch
        {
            'K' => 1L << 10,
            'M' => 1L << 20,
            'G' => 1L << 30,
            'T' => 1L << 40,
            _ => 1L,
        };
        var digits = multiplier == 1 ? text : text[..^1];
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0 || n > long.MaxValue / multiplier)
        {
            return false;
        }
        bytes = n * multiplier;
        return true;
    }
}
