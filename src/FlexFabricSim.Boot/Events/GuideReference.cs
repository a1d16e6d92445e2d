using System.Globalization;

namespace FlexFabricSim.Boot.Events;

/// <summary>Where the HP guide explains something: a printed page and, for troubleshooting, the entry (<c>T10</c>).</summary>
public sealed record GuideReference(int Page, string? Entry = null)
{
    /// <summary>A troubleshooting entry of G p.26-28.</summary>
    public static GuideReference Troubleshooting(int number, int page) => new(page, "T" + number.ToString(CultureInfo.InvariantCulture));

    /// <summary>The printed page of the driver event table that lists <paramref name="driverEventId"/> (p.30: 1-18, p.31: 19-41, p.32: 42-65, p.33: 66-72).</summary>
    public static GuideReference DriverEventTable(int driverEventId) => new(driverEventId switch
    {
        <= 18 => 30,
        <= 41 => 31,
        <= 65 => 32,
        _ => 33,
    });

    /// <summary><c>G p.27 T10</c>, or <c>G p.18</c>.</summary>
    public override string ToString() =>
        Entry is null ? $"G p.{Page.ToString(CultureInfo.InvariantCulture)}" : $"G p.{Page.ToString(CultureInfo.InvariantCulture)} {Entry}";
}
