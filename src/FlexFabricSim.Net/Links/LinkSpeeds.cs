namespace FlexFabricSim.Net.Links;

/// <summary>Ethernet speeds a port or a medium can run at; a link comes up at the fastest speed both ends share.</summary>
/// <remarks>An SFP+ module runs at 10 Gb/s only and does not autonegotiate (G p.26, T5), so an SFP+ adapter on a 1 Gb/s
/// switch port never gets link; a backplane (KR) adapter supports both.</remarks>
[Flags]
public enum LinkSpeeds
{
    /// <summary>No speed: the link can never come up.</summary>
    None = 0,

    /// <summary>100 Mb/s.</summary>
    Speed100Mbps = 1,

    /// <summary>1 Gb/s.</summary>
    Speed1Gbps = 2,

    /// <summary>10 Gb/s.</summary>
    Speed10Gbps = 4,

    /// <summary>Every speed (autonegotiation).</summary>
    Any = Speed100Mbps | Speed1Gbps | Speed10Gbps,
}

/// <summary>Arithmetic on <see cref="LinkSpeeds"/>.</summary>
public static class LinkSpeedsExtensions
{
    /// <summary>The fastest single speed in the set, or <see cref="LinkSpeeds.None"/>.</summary>
    public static LinkSpeeds Fastest(this LinkSpeeds speeds) =>
        (speeds & LinkSpeeds.Speed10Gbps) != 0 ? LinkSpeeds.Speed10Gbps
        : (speeds & LinkSpeeds.Speed1Gbps) != 0 ? LinkSpeeds.Speed1Gbps
        : (speeds & LinkSpeeds.Speed100Mbps) != 0 ? LinkSpeeds.Speed100Mbps
        : LinkSpeeds.None;

    /// <summary>Bits per second of the fastest speed in the set (0 for none).</summary>
    public static long BitsPerSecond(this LinkSpeeds speeds) => speeds.Fastest() switch
    {
        LinkSpeeds.Speed10Gbps => 10_000_000_000,
        LinkSpeeds.Speed1Gbps => 1_000_000_000,
        LinkSpeeds.Speed100Mbps => 100_000_000,
        _ => 0,
    };

    /// <summary>A short human name: "10Gbps", "1Gbps, 10Gbps", "none".</summary>
    public static string Describe(this LinkSpeeds speeds)
    {
        var names = new List<string>();
        if ((speeds & LinkSpeeds.Speed100Mbps) != 0)
        {
            names.Add("100Mbps");
        }

        if ((speeds & LinkSpeeds.Speed1Gbps) != 0)
        {
            names.Add("1Gbps");
        }

        if ((speeds & LinkSpeeds.Speed10Gbps) != 0)
        {
            names.Add("10Gbps");
        }

        return names.Count == 0 ? "none" : string.Join(", ", names);
    }
}
