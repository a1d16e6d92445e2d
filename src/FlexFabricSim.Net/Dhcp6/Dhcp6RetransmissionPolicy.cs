namespace FlexFabricSim.Net.Dhcp6;

/// <summary>DHCPv6 retransmission parameters as data (RFC 8415 §7.6, §15), with the attempt limits a boot ROM needs.</summary>
/// <param name="SolicitMaxDelay">SOL_MAX_DELAY: the random wait before the first Solicit, up to 1 s.</param>
/// <param name="SolicitTimeout">SOL_TIMEOUT: the first Solicit's retransmission time, 1 s; Advertises are collected for this long.</param>
/// <param name="SolicitMaxTimeout">SOL_MAX_RT: 3600 s.</param>
/// <param name="SolicitAttempts">Solicits sent before giving up. RFC 8415 never gives up; 5 (about 31 s) is our choice,
/// *unverified*.</param>
/// <param name="RequestTimeout">REQ_TIMEOUT: 1 s.</param>
/// <param name="RequestMaxTimeout">REQ_MAX_RT: 30 s.</param>
/// <param name="RequestAttempts">REQ_MAX_RC: 10.</param>
public sealed record Dhcp6RetransmissionPolicy(
    TimeSpan SolicitMaxDelay,
    TimeSpan SolicitTimeout,
    TimeSpan SolicitMaxTimeout,
    int SolicitAttempts,
    TimeSpan RequestTimeout,
    TimeSpan RequestMaxTimeout,
    int RequestAttempts)
{
    /// <summary>RFC 8415's values with our Solicit limit.</summary>
    public static Dhcp6RetransmissionPolicy Default { get; } = new(
        TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3600), SolicitAttempts: 5,
        TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), RequestAttempts: 10);

    /// <summary>The next retransmission time (RFC 8415 §15): IRT then doubling, each randomised by ±10%, capped at MRT.</summary>
    /// <param name="previous">The last RT, or null for the first transmission.</param>
    /// <param name="initial">IRT.</param>
    /// <param name="maximum">MRT.</param>
    /// <param name="unitRandom">A random number in [0, 1) choosing RAND in [-0.1, +0.1).</param>
    /// <param name="positiveFirst">For the first Solicit RAND must be above 0 (RFC 8415 §18.2.1), so Advertises get the whole IRT.</param>
    public static TimeSpan NextTimeout(
        TimeSpan? previous, TimeSpan initial, TimeSpan maximum, double unitRandom, bool positiveFirst = false)
    {
        var rand = previous is null && positiveFirst ? unitRandom * 0.1 : (unitRandom * 0.2) - 0.1;
        double rt = previous is { } prev ? 2 * prev.Ticks + rand * prev.Ticks : initial.Ticks + rand * initial.Ticks;
        if (maximum > TimeSpan.Zero && rt > maximum.Ticks)
        {
            rt = maximum.Ticks + rand * maximum.Ticks;
        }
        return TimeSpan.FromTicks((long)rt);
    }
}
