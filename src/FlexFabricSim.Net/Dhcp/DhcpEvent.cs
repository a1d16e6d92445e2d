namespace FlexFabricSim.Net.Dhcp;

/// <summary>
/// What a DHCP endpoint did, tagged with the injected clock's time: the trace a failed boot is explained from (style anchor G15).
/// </summary>
/// <param name="Time">When, from the endpoint's <see cref="TimeProvider"/>.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Summary">The message or state concerned, one line.</param>
/// <param name="DropReason">Why a datagram was dropped, for <see cref="DhcpEventKind.Dropped"/>.</param>
/// <param name="Detail">Extra words (the decoder's error, the state change).</param>
public sealed record DhcpEvent(
    DateTimeOffset Time, DhcpEventKind Kind, string Summary, DhcpDropReason? DropReason = null, string? Detail = null)
{
    /// <summary>One line for logs: time, kind, summary, reason and detail.</summary>
    public override string ToString() =>
        $"{Time:HH:mm:ss.fff} {Kind} {Summary}{(DropReason is { } r ? $" [{r}]" : "")}{(Detail is null ? "" : $" {Detail}")}";
}

/// <summary>The kinds of <see cref="DhcpEvent"/>.</summary>
public enum DhcpEventKind
{
    /// <summary>A message was sent.</summary>
    Sent,

    /// <summary>A message could not be sent (no usable source address yet, no route); the retransmission timer still runs.</summary>
    SendFailed,

    /// <summary>A message was received and accepted for processing.</summary>
    Received,

    /// <summary>A datagram was ignored.</summary>
    Dropped,

    /// <summary>The client's state changed.</summary>
    StateChanged,

    /// <summary>A timeout expired: a retransmission or a give-up follows.</summary>
    TimedOut,

    /// <summary>The client has a lease.</summary>
    Bound,

    /// <summary>The client gave up.</summary>
    Failed,
}
