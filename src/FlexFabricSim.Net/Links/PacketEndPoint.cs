using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace FlexFabricSim.Net.Links;

/// <summary>A Linux <c>sockaddr_ll</c> (packet(7)): binds an AF_PACKET socket to one interface and EtherType.</summary>
/// <remarks>Layout: family (17, host order), protocol (network order), ifindex, hatype, pkttype, halen, addr[8]; 20 bytes.</remarks>
public sealed class PacketEndPoint : EndPoint
{
    /// <summary>ETH_P_ALL: every protocol.</summary>
    public const ushort AllProtocols = 0x0003;

    private const int SockaddrLlLength = 20;

    /// <summary>Creates the address of interface <paramref name="interfaceIndex"/> for <paramref name="protocol"/> (host order).</summary>
    public PacketEndPoint(int interfaceIndex, ushort protocol = AllProtocols)
    {
        InterfaceIndex = interfaceIndex;
        Protocol = protocol;
    }

    /// <summary>The interface index (/sys/class/net/IF/ifindex).</summary>
    public int InterfaceIndex { get; }

    /// <summary>The EtherType in host order.</summary>
    public ushort Protocol { get; }

    /// <inheritdoc />
    public override AddressFamily AddressFamily => AddressFamily.Packet;

    /// <inheritdoc />
    public override SocketAddress Serialize()
    {
        // SocketAddress writes the family itself in the platform's encoding; the rest is sockaddr_ll after it.
        var address = new SocketAddress(AddressFamily.Packet, SockaddrLlLength);
        Span<byte> rest = stackalloc byte[SockaddrLlLength];
        BinaryPrimitives.WriteUInt16BigEndian(rest[2..], Protocol);
        BinaryPrimitives.WriteInt32LittleEndian(rest[4..], InterfaceIndex);
        for (var i = 2; i < SockaddrLlLength; i++)
        {
            address[i] = rest[i];
        }

        return address;
    }

    /// <inheritdoc />
    public override EndPoint Create(SocketAddress socketAddress)
    {
        ArgumentNullException.ThrowIfNull(socketAddress);
        Span<byte> bytes = stackalloc byte[SockaddrLlLength];
        for (var i = 0; i < Math.Min(socketAddress.Size, SockaddrLlLength); i++)
        {
            bytes[i] = socketAddress[i];
        }

        return new PacketEndPoint(BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[2..]));
    }

    /// <inheritdoc />
    public override string ToString() => $"ifindex {InterfaceIndex} protocol 0x{Protocol:x4}";
}
