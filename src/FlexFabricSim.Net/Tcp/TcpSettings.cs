namespace FlexFabricSim.Net.Tcp;

/// <summary>TCP behaviour of one stack: options it offers, buffer sizes and the timers of RFC 6298 / RFC 9293.</summary>
public sealed record TcpSettings
{
    /// <summary>Whether the host offers the timestamps option in its SYN and accepts it in a peer's SYN (NVRAM "Use TCP Timestamp").</summary>
    public bool Timestamps { get; init; }

    /// <summary>MSS to announce; null = link MTU minus IP and TCP headers (1460 over IPv4, 1440 over IPv6 at MTU 1500).</summary>
    public ushort? MaximumSegmentSize { get; init; }

    /// <summary>Offer the window scale option (RFC 7323 §2), so the peer may advertise windows above 64 KiB.</summary>
    public bool WindowScaling { get; init; } = true;

    /// <summary>Receive buffer per connection; above 65535 bytes our own window needs a scale shift (RFC 7323 §2).</summary>
    public int ReceiveBufferSize { get; init; } = 64 * 1024;

    /// <summary>Send buffer per connection: writes wait while this much is unacknowledged or unsent.</summary>
    public int SendBufferSize { get; init; } = 64 * 1024;

    /// <summary>RTO before any RTT sample (RFC 6298 (2.1): 1 s).</summary>
    public TimeSpan InitialRetransmissionTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Lower bound of the RTO (RFC 6298 (2.4) says 1 s; Linux uses 200 ms).</summary>
    public TimeSpan MinimumRetransmissionTimeout { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of the RTO (RFC 6298 (2.5): at least 60 s).</summary>
    public TimeSpan MaximumRetransmissionTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Consecutive timeouts of one segment before the connection is given up (RFC 9293 §3.8.3 R2).</summary>
    public int MaximumRetransmissions { get; init; } = 8;

    /// <summary>Consecutive timeouts of a SYN or SYN-ACK before the open fails (R2 for SYNs, at least 3 minutes in RFC 9293 with backoff).</summary>
    public int MaximumSynRetransmissions { get; init; } = 5;

    /// <summary>Longest an ACK is delayed (RFC 9293 §3.8.6.3: under 0.5 s; every second full segment is acknowledged at once).</summary>
    public TimeSpan DelayedAckTimeout { get; init; } = TimeSpan.FromMilliseconds(40);

    /// <summary>TIME-WAIT duration, 2 MSL (RFC 9293 §3.4.2, with MSL = 30 s).</summary>
    public TimeSpan TimeWaitDuration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long a connection the application has closed waits in FIN-WAIT-2 for the peer's FIN.</summary>
    public TimeSpan FinWait2Timeout { get; init; } = TimeSpan.FromSeconds(60);
}
