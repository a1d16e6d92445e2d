using System.Globalization;

namespace FlexFabricSim.Boot.Events;

/// <summary>Where the HP guide explains something: a printed page and, for troubleshooting, the entry (<c>T10</c>).</summary>
public sealed record GuideReference(int Page, string? Entry = null)
{
    /// <summary>A troubleshooting entry of G p.26-28.</summary>
    public static GuideReference Troubleshooting(int number, int page) => new(page, "T" + number.ToString(CultureInfo.InvariantCulture));

    /// <summary><c>G p.27 T10</c>, or <c>G p.18</c>.</summary>
    public override string ToString() =>
        Entry is null ? $"G p.{Page.ToString(CultureInfo.InvariantCulture)}" : $"G p.{Page.ToString(CultureInfo.InvariantCulture)} {Entry}";
}
