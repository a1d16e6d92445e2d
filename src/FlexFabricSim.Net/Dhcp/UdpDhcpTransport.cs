using System.Net;
using FlexFabricSim.Net.Stack;
using FlexFabricSim.Net.Udp;

namespace FlexFabricSim.Net.Dhcp;

/// <summary>
/// An <see cref="IDhcpTransport"/> on a <see cref="UdpSocket"/> of the adapter's own stack (or of a simulated server host).
/// </summary>
/// <remarks>
/// Open it, run the endpoint, dispose it, all on the stack's scheduler (inside <c>lab.Run</c> or <c>scheduler.InvokeAsync</c>):
/// <code>
/// using var t = UdpDhcpTransport.OpenDhcp4Client(stack);
/// var result = await new Dhcp4Client(t, options, stack.Scheduler.TimeProvider).AcquireAsync(ct);
/// </code>
/// </remarks>
public sealed class UdpDhcpTransport : IDhcpTransport, IDisposable
{
    private readonly UdpSendOptions? _sendOptions;

    /// <summary>Wraps <paramref name="socket"/>; every datagram is sent with <paramref name="sendOptions"/>.</summary>
    public UdpDhcpTransport(UdpSocket socket, UdpSendOptions? sendOptions = null)
    {
        ArgumentNullException.ThrowIfNull(socket);
        Socket = socket;
        _sendOptions = sendOptions;
    }

    /// <summary>The socket underneath.</summary>
    public UdpSocket Socket { get; }

    /// <summary>A DHCPv4 client's socket: port 68, sending from 0.0.0.0 as a client without an address must (RFC 2131 §4.1).</summary>
    public static UdpDhcpTransport OpenDhcp4Client(NetworkStack stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        return new UdpDhcpTransport(stack.OpenUdp(DhcpPorts.Dhcp4Client), new UdpSendOptions { SourceAddress = IPAddress.Any });
    }

    /// <summary>A DHCPv4 server's socket: port 67, sending from the host's address.</summary>
    public static UdpDhcpTransport OpenDhcp4Server(NetworkStack stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        return new UdpDhcpTransport(stack.OpenUdp(DhcpPorts.Dhcp4Server));
    }

    /// <summary>A DHCPv6 client's socket: port 546, sending from the link-local address (RFC 8415 §7.1).</summary>
    public static UdpDhcpTransport OpenDhcp6Client(NetworkStack stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        return new UdpDhcpTransport(stack.OpenUdp(DhcpPorts.Dhcp6Client));
    }

    /// <summary>A DHCPv6 server's socket: port 547, member of All_DHCP_Relay_Agents_and_Servers (ff02::1:2).</summary>
    public static UdpDhcpTransport OpenDhcp6Server(NetworkStack stack)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var socket = stack.OpenUdp(DhcpPorts.Dhcp6Server);
        socket.JoinMulticastGroup(DhcpPorts.AllDhcpRelayAgentsAndServers);
        return new UdpDhcpTransport(socket);
    }

    /// <inheritdoc />
    public ValueTask SendAsync(ReadOnlyMemory<byte> payload, IPEndPoint destination, CancellationToken cancellationToken) =>
        new(Socket.SendToAsync(payload, destination, _sendOptions, cancellationToken));

    /// <inheritdoc />
    public async ValueTask<DhcpDatagram> ReceiveAsync(CancellationToken cancellationToken)
    {
        var datagram = await Socket.ReceiveAsync(cancellationToken);
        return new DhcpDatagram(datagram.Payload, datagram.RemoteEndPoint);
    }

    /// <summary>Closes the socket.</summary>
    public void Dispose() => Socket.Dispose();
}
