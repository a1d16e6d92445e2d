using FlexFabricSim.Net.Dhcp;

namespace FlexFabricSim.Net.Dhcp6;

/// <summary>What the DHCPv6 client's protocol logic asks its endpoint to do after an input.</summary>
/// <param name="Send">A message to multicast to All_DHCP_Relay_Agents_and_Servers (ff02::1:2) now, or null.</param>
/// <param name="TimeoutAfter">Arm (or re-arm) the timer for this long; null leaves it as it is.</param>
/// <param name="Lease">The exchange finished with this lease.</param>
/// <param name="Failure">The exchange finished without a lease.</param>
/// <param name="Dropped">The input was ignored for this reason.</param>
/// <param name="Detail">Words for the trace.</param>
public sealed record Dhcp6ClientStep(
    Dhcp6Message? Send = null,
    TimeSpan? TimeoutAfter = null,
    Dhcp6Lease? Lease = null,
    DhcpFailure? Failure = null,
    DhcpDropReason? Dropped = null,
    string? Detail = null)
{
    /// <summary>Whether the exchange is over (lease or failure).</summary>
    public bool IsFinal => Lease is not null || Failure is not null;

    /// <summary>A step that ignores the input.</summary>
    public static Dhcp6ClientStep Drop(DhcpDropReason reason, string? detail = null) => new(Dropped: reason, Detail: detail);
}
