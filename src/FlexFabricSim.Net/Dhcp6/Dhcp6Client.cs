using FlexFabricSim.Net.Dhcp;

namespace FlexFabricSim.Net.Dhcp6;

/// <summary>The adapter's DHCPv6 client endpoint: runs a <see cref="Dhcp6ClientSession"/> over a UDP transport bound to port 546.</summary>
/// <remarks>Messages go to All_DHCP_Relay_Agents_and_Servers, [ff02::1:2]:547, from the port's link-local address (RFC 8415
/// §7.1).</remarks>
public sealed class Dhcp6Client
{
    private readonly IDhcpTransport _transport;
    private readonly Dhcp6ClientOptions _options;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly Action<DhcpEvent>? _trace;

    /// <summary>
    /// Creates the client; <paramref name="random"/> (transaction ids, delays) defaults to a shared one, seed it for reproducible runs.
    /// </summary>
    public Dhcp6Client(
        IDhcpTransport transport, Dhcp6ClientOptions options, TimeProvider time, Random? random = null, Action<DhcpEvent>? trace = null)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _transport = transport;
        _options = options;
        _time = time;
        _random = random ?? Random.Shared;
        _trace = trace;
    }

    /// <summary>Runs SOLICIT → ADVERTISE → REQUEST → REPLY once; the result is a lease or the reason there is none.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<DhcpResult<Dhcp6Lease>> AcquireAsync(CancellationToken cancellationToken = default)
    {
        var session = new Dhcp6ClientSession(_options, _random);
        var logic = new DhcpClientDriver.Logic<Dhcp6Lease>(
            elapsed => View(session.Start(elapsed)),
            elapsed => View(session.Timeout(elapsed)),
            (payload, elapsed) => View(session.Receive(payload.Span, elapsed)),
            () => session.State.ToString());
        return DhcpClientDriver.RunAsync(_transport, DhcpPorts.Dhcp6Servers, _time, _trace, logic, cancellationToken);
    }

    private static DhcpClientDriver.Step<Dhcp6Lease> View(Dhcp6ClientStep step) =>
        new(step.Send?.ToString(), step.Send?.ToArray(), step.TimeoutAfter, step.Lease, step.Failure, step.Dropped, step.Detail);
}
