using FlexFabricSim.Net.Dhcp;

namespace FlexFabricSim.Net.Dhcp4;

/// <summary>The adapter's DHCPv4 client endpoint: runs a <see cref="Dhcp4ClientSession"/> over a UDP transport bound to port 68.</summary>
/// <remarks>Every message is broadcast to 255.255.255.255:67: the ROM has no address to unicast from until it is bound.</remarks>
public sealed class Dhcp4Client
{
    private readonly IDhcpTransport _transport;
    private readonly Dhcp4ClientOptions _options;
    private readonly TimeProvider _time;
    private readonly Random _random;
    private readonly Action<DhcpEvent>? _trace;

    /// <summary>
    /// Creates the client; <paramref name="random"/> (transaction ids, jitter) defaults to a shared one, seed it for reproducible runs.
    /// </summary>
    public Dhcp4Client(
        IDhcpTransport transport, Dhcp4ClientOptions options, TimeProvider time, Random? random = null, Action<DhcpEvent>? trace = null)
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

    /// <summary>Runs DISCOVER → OFFER → REQUEST → ACK once; the result is a lease or the reason there is none.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<DhcpResult<Dhcp4Lease>> AcquireAsync(CancellationToken cancellationToken = default)
    {
        var session = new Dhcp4ClientSession(_options, _random);
        var logic = new DhcpClientDriver.Logic<Dhcp4Lease>(
            elapsed => View(session.Start(elapsed)),
            elapsed => View(session.Timeout(elapsed)),
            (payload, elapsed) => View(session.Receive(payload.Span, elapsed)),
            () => session.State.ToString());
        return DhcpClientDriver.RunAsync(_transport, DhcpPorts.Dhcp4ServerBroadcast, _time, _trace, logic, cancellationToken);
    }

    private static DhcpClientDriver.Step<Dhcp4Lease> View(Dhcp4ClientStep step) =>
        new(step.Send?.ToString(), step.Send?.ToArray(), step.RetransmitAfter, step.Lease, step.Failure, step.Dropped, step.Detail);
}
