using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using FlexFabricSim.Scenarios.Guide;

namespace FlexFabricSim.Scenarios.Format;

/// <summary>
/// Where the HP guide covers a scenario, as the file writes it: an optional troubleshooting entry and one or more
/// printed pages, <c>T10 p.27</c> or <c>p.8, p.10</c>.
/// </summary>
public sealed partial record GuideCitation
{
    private GuideCitation(string? entry, IReadOnlyList<int> pages)
    {
        Entry = entry;
        Pages = pages;
    }

    /// <summary>The troubleshooting entry (<c>T1</c>..<c>T12</c>, G p.26-28), or null for a set-up section.</summary>
    public string? Entry { get; }

    /// <summary>The printed pages, in the order written.</summary>
    public IReadOnlyList<int> Pages { get; }

    /// <summary>The first page: where to start reading.</summary>
    public int FirstPage => Pages[0];

    /// <summary>The syntax, for error messages.</summary>
    public const string Syntax = "an optional entry T1-T12 then pages, e.g. 'T10 p.27' or 'p.8, p.10'";

    /// <summary>Reads <c>T10 p.27</c>, <c>p.9</c> or <c>p.8, p.10</c>; false when the text is none of these.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out GuideCitation? citation)
    {
        citation = null;
        var match = text is null ? null : CitationPattern().Match(text.Trim());
        if (match is null || !match.Success)
        {
            return false;
        }
        var pages = match.Groups["page"].Captures.Select(c => int.Parse(c.Value, CultureInfo.InvariantCulture)).ToList();
        if (pages.Any(p => p is < 1 or > GuideEntries.LastPage))
        {
            return false;
        }
        var entry = match.Groups["entry"].Success ? "T" + int.Parse(match.Groups["entry"].Value, CultureInfo.InvariantCulture) : null;
        if (entry is not null && GuideEntries.Find(entry) is null)
        {
            return false;
        }
        citation = new GuideCitation(entry, pages);
        return true;
    }

    /// <summary>The citation as written canonically: <c>T10 p.27</c>, <c>p.8, p.10</c>.</summary>
    public override string ToString()
    {
        var pages = string.Join(", ", Pages.Select(p => "p." + p.ToString(CultureInfo.InvariantCulture)));
        return Entry is null ? pages : $"{Entry} {pages}";
    }

    [GeneratedRegex(@"^(?:T(?<entry>[0-9]{1,2})\s+)?p\.(?<page>[0-9]{1,2})(?:\s*,\s*p\.(?<page>[0-9]{1,2}))*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex CitationPattern();
}
