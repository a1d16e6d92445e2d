using System.Net;
using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Dhcp4;

/// <summary>
/// The simulated network's DHCPv4 server endpoint: a <see cref="Dhcp4ServerLogic"/> over a UDP transport bound to port 67.
/// </summary>
public sealed class Dhcp4Server
{
    private readonly IDhcpTransport _transport;
    private readonly TimeProvider _time;
    private readonly Action<DhcpEvent>? _trace;

    /// <summary>Creates the server for <paramref name="profile"/>.</summary>
    public Dhcp4Server(IDhcpTransport transport, Dhcp4ServerProfile profile, TimeProvider time, Action<DhcpEvent>? trace = null)
    {
        ArgumentNullException.ThrowIfNull(transport);
        ArgumentNullException.ThrowIfNull(time);
        _transport = transport;
        _time = time;
        _trace = trace;
        Logic = new Dhcp4ServerLogic(profile);
    }

    /// <summary>The server's decisions and bindings.</summary>
    public Dhcp4ServerLogic Logic { get; }

    /// <summary>Serves until <paramref name="cancellationToken"/> is cancelled; returns normally then.</summary>
    public Task RunAsync(CancellationToken cancellationToken) =>
        DhcpServerDriver.RunAsync(_transport, _time, Logic.Profile.ReplyDelay, _trace, Decide, cancellationToken);

    /// <summary>
    /// Where a reply goes (RFC 2131 §4.1): the relay, the client's own address, or a broadcast; a NAK is always broadcast.
    /// </summary>
    public static IPEndPoint ReplyDestination(Dhcp4Message request, Dhcp4Message reply)
    {
        if (!request.RelayAgentAddress.Equals(IPAddress.Any))
        {
            return new IPEndPoint(request.RelayAgentAddress, DhcpPorts.Dhcp4Server);
        }
        if (reply.MessageType != Dhcp4MessageType.Nak && !request.ClientAddress.Equals(IPAddress.Any))
        {
            return new IPEndPoint(request.ClientAddress, DhcpPorts.Dhcp4Client);
        }
        // Unicast to yiaddr would need the link layer to skip ARP for a client without an address; broadcasting is always correct.
        return DhcpPorts.Dhcp4ClientBroadcast;
    }

    private DhcpServerDriver.Answer Decide(DhcpDatagram datagram)
    {
        Dhcp4Message request;
        try
        {
            request = Dhcp4Message.Decode(datagram.Payload.Span);
        }
        catch (DhcpFormatException error)
        {
            return new DhcpServerDriver.Answer(null, null, string.Empty, DhcpDropReason.Malformed, error.Message);
        }
        var reply = Logic.Handle(request, out var drop);
        if (drop is { } reason)
        {
            return new DhcpServerDriver.Answer(null, null, string.Empty, reason, request.ToString());
        }
        return reply is null
            ? new DhcpServerDriver.Answer(null, null, string.Empty, null, $"{request} (no answer)")
            : new DhcpServerDriver.Answer(reply.ToArray(), ReplyDestination(request, reply), reply.ToString(), null, request.ToString());
    }
}
