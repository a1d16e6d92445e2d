using FlexFabricSim.Net.Dhcp;

namespace FlexFabricSim.Net.Dhcp4;

/// <summary>What the DHCPv4 client's protocol logic asks its endpoint to do after an input.</summary>
/// <param name="Send">A message to broadcast now, or null.</param>
/// <param name="RetransmitAfter">Arm (or re-arm) the timer for this long; null leaves it as it is.</param>
/// <param name="Lease">The exchange finished with this lease.</param>
/// <param name="Failure">The exchange finished without a lease.</param>
/// <param name="Dropped">The input was ignored for this reason.</param>
/// <param name="Detail">Words for the trace.</param>
public sealed record Dhcp4ClientStep(
    Dhcp4Message? Send = null,
    TimeSpan? RetransmitAfter = null,
    Dhcp4Lease? Lease = null,
    DhcpFailure? Failure = null,
    DhcpDropReason? Dropped = null,
    string? Detail = null)
{
    /// <summary>Whether the exchange is over (lease or failure).</summary>
    public bool IsFinal => Lease is not null || Failure is not null;

    /// <summary>A step that ignores the input.</summary>
    public static Dhcp4ClientStep Drop(DhcpDropReason reason, string? detail = null) => new(Dropped: reason, Detail: detail);
}
