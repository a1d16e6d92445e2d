using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace FlexFabricSim.Scenarios.Format;

/// <summary>
/// How scenario files write enum values and durations: enum names in lower case with hyphens (<c>OsHandOff</c> is
/// <c>os-hand-off</c>, like the NVRAM's value keys), durations with a unit (<c>255s</c>, <c>500ms</c>).
/// </summary>
public static class YamlNames
{
    /// <summary>The file's name for <paramref name="value"/>: <c>StopError</c> is <c>stop-error</c>.</summary>
    public static string Of<T>(T value) where T : struct, Enum => Kebab(value.ToString());

    /// <summary>Every name <typeparamref name="T"/> has in files, in declaration order.</summary>
    public static IReadOnlyList<string> All<T>() where T : struct, Enum => [.. Enum.GetValues<T>().Select(v => Of(v))];

    /// <summary>Reads a file's name back into <typeparamref name="T"/> (exact, lower case).</summary>
    public static bool TryParse<T>(string? text, [NotNullWhen(true)] out T? value) where T : struct, Enum
    {
        value = Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => Of(v!.Value) == text);
        return value is not null;
    }

    /// <summary>Seconds to the millisecond, as lab files read them back: <c>255s</c>, <c>1.5s</c>, <c>0.25s</c>.</summary>
    public static string Of(TimeSpan duration) => duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + "s";

    private static string Kebab(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                text.Append('-');
            }
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }
}
