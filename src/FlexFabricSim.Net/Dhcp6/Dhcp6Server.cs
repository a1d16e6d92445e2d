using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Dhcp6;

/// <summary>
/// The simulated network's DHCPv6 server endpoint: a <see cref="Dhcp6ServerLogic"/> over a UDP transport bound to port 547.
/// </summary>
/// <remarks>Replies go back to the client's source address and port (RFC 8415 §18.3: to the link-local address it sent from).</remarks>
public sealed class Dhcp6Server
{
    private readonly IDhcpTransport _transport;
    private readonly TimeProvider _time;
    private readonly Action<DhcpEvent>? _trace;

    /// <summary>Creates the server for <paramref name="profile"/>.</summary>
    public Dhcp6Server(IDhcpTransport transport, Dhcp6ServerProfile profile, TimeProvider time, Action<DhcpEvent>? trace = null)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(time);
        _transport = transport;
        _time = time;
        _trace = trace;
        Logic = new Dhcp6ServerLogic(profile);
    }

    /// <summary>The server's decisions and bindings.</summary>
    public Dhcp6ServerLogic Logic { get; }

    /// <summary>Serves until <paramref name="cancellationToken"/> is cancelled; returns normally then.</summary>
    public Task RunAsync(CancellationToken cancellationToken) =>
        DhcpServerDriver.RunAsync(_transport, _time, Logic.Profile.ReplyDelay, _trace, Decide, cancellationToken);

    private DhcpServerDriver.Answer Decide(DhcpDatagram datagram)
    {
        Dhcp6Message message;
        try
        {
            message = Dhcp6Message.Decode(datagram.Payload.Span);
        }
        catch (DhcpFormatException error)
        {
            return new DhcpServerDriver.Answer(null, null, string.Empty, DhcpDropReason.Malformed, error.Message);
        }
        var reply = Logic.Handle(message, out var drop);
        if (drop is { } reason)
        {
            return new DhcpServerDriver.Answer(null, null, string.Empty, reason, message.ToString());
        }
        return reply is null
            ? new DhcpServerDriver.Answer(null, null, string.Empty, null, $"{message} (no answer)")
            : new DhcpServerDriver.Answer(reply.ToArray(), datagram.Source, reply.ToString(), null, message.ToString());
    }
}
