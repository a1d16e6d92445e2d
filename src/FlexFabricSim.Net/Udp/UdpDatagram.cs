using System.Net;
using FlexFabricSim.Net.Ethernet;

namespace FlexFabricSim.Net.Udp;

/// <summary>A datagram received on a <see cref="UdpSocket"/>, with the addressing a DHCP server or client needs to judge it.</summary>
/// <param name="RemoteEndPoint">Sender address and port (0.0.0.0 for a DHCP client without an address).</param>
/// <param name="LocalAddress">The destination address: ours, a broadcast, or a multicast group.</param>
/// <param name="SourceMac">The Ethernet source of the frame.</param>
/// <param name="Payload">The UDP payload (a copy, owned by the receiver).</param>
public sealed record UdpDatagram(IPEndPoint RemoteEndPoint, IPAddress LocalAddress, MacAddress SourceMac, ReadOnlyMemory<byte> Payload)
{
    /// <summary>Whether the datagram was sent to a broadcast or multicast address.</summary>
    public bool IsBroadcastOrMulticast => LocalAddress.Equals(IPAddress.Broadcast) || LocalAddress.IsIPv6Multicast
        || (LocalAddress.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && LocalAddress.GetAddressBytes()[0] is >= 224 and <= 239)
        || IsDirectedBroadcast;

    /// <summary>Set by the stack when the destination was the subnet's directed broadcast.</summary>
    public bool IsDirectedBroadcast { get; init; }
}
