using System.Net;
using System.Net.Sockets;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.IPv4;
using FlexFabricSim.Net.IPv6;
using FlexFabricSim.Net.Udp;

namespace FlexFabricSim.Net.Stack;

/// <summary>UDP: sockets by port, multicast groups, reception with port-unreachable replies, sending with DHCP's overrides.</summary>
public sealed partial class NetworkStack
{
    private readonly Dictionary<ushort, UdpSocket> _udpSockets = [];
    private readonly Dictionary<IPAddress, int> _joinedGroups = [];

    /// <summary>Opens a UDP socket on <paramref name="localPort"/> (0 = an ephemeral port) on every address of the host.</summary>
    /// <exception cref="InvalidOperationException">The port is already open.</exception>
    public UdpSocket OpenUdp(int localPort = 0, int receiveQueueLimit = 256)
    {
        Scheduler.VerifyAccess();
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        ArgumentOutOfRangeException.ThrowIfNegative(localPort);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(localPort, ushort.MaxValue);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(receiveQueueLimit);
        var port = localPort == 0 ? AllocateEphemeralPort(p => _udpSockets.ContainsKey(p)) : (ushort)localPort;
        if (_udpSockets.ContainsKey(port))
        {
            throw new InvalidOperationException($"UDP port {port} is already open on {Name}");
        }

        var socket = new UdpSocket(this, port, receiveQueueLimit);
        _udpSockets[port] = socket;
        return socket;
    }

    internal void CloseUdp(UdpSocket socket)
    {
        if (_udpSockets.TryGetValue(socket.LocalPort, out var open) && open == socket)
        {
            _udpSockets.Remove(socket.LocalPort);
        }
    }

    internal void JoinGroup(IPAddress group)
    {
        group = IPv6Addressing.WithoutScope(group);
        var multicast = group.AddressFamily == AddressFamily.InterNetworkV6 ? group.IsIPv6Multicast : IsIPv4Multicast(group);
        if (!multicast)
        {
            throw new ArgumentException($"{group} is not a multicast address", nameof(group));
        }

        _joinedGroups[group] = _joinedGroups.GetValueOrDefault(group) + 1;
        RebuildMulticastFilter();
    }

    internal void LeaveGroup(IPAddress group)
    {
        group = IPv6Addressing.WithoutScope(group);
        if (_joinedGroups.TryGetValue(group, out var count))
        {
            if (count <= 1)
            {
                _joinedGroups.Remove(group);
            }
            else
            {
                _joinedGroups[group] = count - 1;
            }

            RebuildMulticastFilter();
        }
    }

    internal void SendUdp(ushort sourcePort, ReadOnlySpan<byte> payload, IPEndPoint remote, UdpSendOptions? options)
    {
        var destination = IPv6Addressing.WithoutScope(remote.Address);
        var ipv4 = destination.AddressFamily == AddressFamily.InterNetwork;
        var ipHeaderLength = ipv4 ? IPv4Header.MinimumLength : IPv6Header.Length;
        if (payload.Length + UdpHeader.Length + ipHeaderLength > Options.Mtu)
        {
            // The pre-boot stack never fragments (RFC 8200 forbids it on IPv6 anyway; DHCP fits easily).
            throw new SocketException((int)SocketError.MessageSize);
        }

        var source = options?.SourceAddress is { } chosen
            ? IPv6Addressing.WithoutScope(chosen)
            : ipv4 ? _ipv4?.Address.Address ?? IPAddress.Any : SelectIPv6Source(destination);
        if (source is null || source.AddressFamily != destination.AddressFamily)
        {
            throw new SocketException((int)SocketError.AddressNotAvailable);
        }

        var datagram = IPPayloadBuffer(ipHeaderLength, UdpHeader.Length + payload.Length);
        payload.CopyTo(datagram[UdpHeader.Length..]);
        new UdpHeader { SourcePort = sourcePort, DestinationPort = (ushort)remote.Port, PayloadLength = payload.Length }
            .WriteTo(datagram, source, destination);
        var sent = ipv4
            ? SendIPv4(source, destination, IPProtocol.Udp, datagram.Length, options?.DestinationMac, options?.SourceMac, dontFragment: false)
            : SendIPv6(source, destination, IPProtocol.Udp, datagram.Length, destinationMac: options?.DestinationMac, sourceMac: options?.SourceMac);
        if (!sent)
        {
            throw new SocketException((int)SocketError.NetworkUnreachable);
        }
    }

    /// <param name="ethernet">The frame's header (source MAC for DHCP servers).</param>
    /// <param name="source">IP source.</param>
    /// <param name="destination">IP destination.</param>
    /// <param name="message">The UDP datagram.</param>
    /// <param name="delivery">How it was addressed to us.</param>
    /// <param name="verifyChecksum">Whether to check the checksum (not when the link reports offload).</param>
    /// <param name="quote">What an ICMP error would quote from the packet.</param>
    private DropReason ReceiveUdp(EthernetHeader ethernet, IPAddress source, IPAddress destination, ReadOnlySpan<byte> message,
        Delivery delivery, bool verifyChecksum, ReadOnlySpan<byte> quote)
    {
        var udp = UdpHeader.Decode(message, source, destination, verifyChecksum);
        if (!_udpSockets.TryGetValue(udp.DestinationPort, out var socket))
        {
            // RFC 1122 §3.2.2 / RFC 4443 §2.4: no ICMP error about broadcasts or multicasts, or to a source without an address.
            if (delivery == Delivery.Unicast && !source.Equals(IPAddress.Any) && !source.Equals(IPAddress.IPv6Any))
            {
                if (source.AddressFamily == AddressFamily.InterNetwork)
                {
                    SendIcmpPortUnreachable(destination, source, quote);
                }
                else
                {
                    SendIcmpv6PortUnreachable(destination, source, quote);
                }
            }

            return DropReason.UdpNoListener;
        }

        var datagram = new UdpDatagram(new IPEndPoint(source, udp.SourcePort), destination, ethernet.Source,
            message.Slice(UdpHeader.Length, udp.PayloadLength).ToArray())
        {
            IsDirectedBroadcast = delivery == Delivery.Broadcast && !destination.Equals(IPAddress.Broadcast),
        };
        return socket.Deliver(datagram) ? DropReason.None : DropReason.UdpReceiveQueueFull;
    }
}
