namespace FlexFabricSim.Net.Dhcp4;

/// <summary>DHCPv4 retransmission timing as data: RFC 2131 §4.1's doubling back-off and the attempt counts per state.</summary>
/// <param name="InitialTimeout">Wait before the first retransmission: 4 s (RFC 2131 §4.1).</param>
/// <param name="MaxTimeout">Longest wait: 64 s (RFC 2131 §4.1).</param>
/// <param name="Jitter">Uniform randomisation either way: ±1 s (RFC 2131 §4.1).</param>
/// <param name="DiscoverAttempts">DISCOVERs sent before giving up; 4 (4+8+16+32 s = about a minute) is our choice, *unverified* for the
/// 57810 ROM, whose Boot Retry Count then starts again.</param>
/// <param name="RequestAttempts">REQUESTs sent before giving up; 4, as for DISCOVER (*unverified*).</param>
/// <param name="NakLimit">DHCPNAKs accepted (each restarts from DISCOVER, RFC 2131 §4.4) before reporting <c>Refused</c>; 3 is our
/// choice.</param>
public sealed record Dhcp4RetransmissionPolicy(
    TimeSpan InitialTimeout,
    TimeSpan MaxTimeout,
    TimeSpan Jitter,
    int DiscoverAttempts,
    int RequestAttempts,
    int NakLimit)
{
    /// <summary>RFC 2131's timing with our attempt counts.</summary>
    public static Dhcp4RetransmissionPolicy Default { get; } =
        new(TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(64), TimeSpan.FromSeconds(1),
            DiscoverAttempts: 4, RequestAttempts: 4, NakLimit: 3);

    /// <summary>
    /// The wait after the <paramref name="attempt"/>-th transmission (0 = first): doubled each time up to the maximum, then jittered.
    /// </summary>
    /// <param name="attempt">How many transmissions of this message came before (0 for the first).</param>
    /// <param name="unitRandom">A random number in [0, 1) choosing the jitter.</param>
    public TimeSpan DelayAfter(int attempt, double unitRandom)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(attempt);
        var doubled = InitialTimeout.Ticks * Math.Pow(2, Math.Min(attempt, 30));
        var capped = Math.Min(doubled, MaxTimeout.Ticks);
        var jitter = (2 * unitRandom - 1) * Jitter.Ticks;
        return TimeSpan.FromTicks((long)Math.Max(capped + jitter, 0));
    }
}
