namespace FlexFabricSim.Device.Rules;

/// <summary>A side effect of an accepted change that the user should confirm, e.g. "All IP settings are lost" (G p.6).</summary>
/// <param name="Key">The field whose change caused it.</param>
/// <param name="Message">What happens.</param>
/// <param name="GuidePage">The guide page that says so, if any.</param>
/// <param name="AffectedKeys">The other fields whose values changed as a result.</param>
public sealed record Consequence(string Key, string Message, int? GuidePage, IReadOnlyList<string> AffectedKeys)
{
    /// <summary>One line for a terminal.</summary>
    public override string ToString() => GuidePage is { } page ? $"{Message} (guide p.{page})" : Message;
}
