namespace FlexFabricSim.Net.Links;

/// <summary>Whether a link is up, at which speed, and if down, why (shown to users: "no common speed ...").</summary>
/// <param name="IsUp">Whether frames can pass.</param>
/// <param name="Speed">The negotiated speed (a single flag) while up.</param>
/// <param name="Reason">Why the link is down, in words; null while up.</param>
public readonly record struct LinkStatus(bool IsUp, LinkSpeeds Speed, string? Reason)
{
    /// <summary>A link that is up at <paramref name="speed"/>.</summary>
    public static LinkStatus Up(LinkSpeeds speed) => new(true, speed, null);

    /// <summary>A link that is down for <paramref name="reason"/>.</summary>
    public static LinkStatus Down(string reason) => new(false, LinkSpeeds.None, reason);

    /// <inheritdoc />
    public override string ToString() => IsUp ? $"up at {Speed.Describe()}" : $"down ({Reason})";
}
