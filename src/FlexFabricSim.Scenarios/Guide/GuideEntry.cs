namespace FlexFabricSim.Scenarios.Guide;

/// <summary>One troubleshooting entry of the HP guide (G p.26-28), in the guide's words, and whether the simulator can show it.</summary>
/// <param name="Number">1 to 12.</param>
/// <param name="Page">The printed page the entry is on.</param>
/// <param name="Title">The entry's heading.</param>
/// <param name="Finding">The guide's "Possible cause" or "Symptom" text.</param>
/// <param name="Action">What the guide says to do.</param>
/// <param name="NotSimulated">Why the simulator cannot show the entry, or null when a scenario reproduces it.</param>
public sealed record GuideEntry(int Number, int Page, string Title, string Finding, string Action, string? NotSimulated)
{
    /// <summary><c>T10</c>.</summary>
    public string Id => "T" + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether a scenario in the library reproduces the entry.</summary>
    public bool IsSimulated => NotSimulated is null;
}
