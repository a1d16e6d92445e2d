using System.Net;
using FlexFabricSim.Net;
using FlexFabricSim.Net.Arp;
using FlexFabricSim.Net.Dhcp4;
using FlexFabricSim.Net.Dhcp6;
using FlexFabricSim.Net.Errors;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.IPv4;
using FlexFabricSim.Net.IPv6;
using FlexFabricSim.Net.Tcp;
using FlexFabricSim.Net.Udp;

namespace FlexFabricSim.Boot.Ladder;

/// <summary>Decodes captured frames down to what a ladder shows; anything else (or anything unreadable) is null.</summary>
internal static class LadderFrameDecoder
{
    private const ushort Dhcp4Server = 67;
    private const ushort Dhcp4Client = 68;
    private const ushort Dhcp6Client = 546;
    private const ushort Dhcp6Server = 547;

    public static LadderFrame? Decode(TimeSpan at, ReadOnlySpan<byte> frame)
    {
        try
        {
            var ethernet = EthernetHeader.Decode(frame, out var offset);
            var packet = frame[offset..];
            return ethernet.EtherType switch
            {
                EtherType.Arp => Arp(at, ethernet, ArpPacket.Decode(packet)),
                EtherType.IPv4 => IPv4(at, ethernet, packet),
                EtherType.IPv6 => IPv6(at, ethernet, packet),
                _ => null,
            };
        }
        catch (WireFormatException)
        {
            return null; // a frame the ladder cannot read is not a message of the boot's exchange
        }
    }

    private static LadderFrame Arp(TimeSpan at, EthernetHeader ethernet, ArpPacket arp)
    {
        var request = arp.Operation == ArpOperation.Request;
        return new LadderFrame(at, ethernet.Source, arp.SenderProtocolAddress, arp.TargetProtocolAddress,
            new ArpPayload(request, request ? arp.TargetProtocolAddress : arp.SenderProtocolAddress, arp.SenderHardwareAddress));
    }

    private static LadderFrame? IPv4(TimeSpan at, EthernetHeader ethernet, ReadOnlySpan<byte> packet)
    {
        var ip = IPv4Header.Decode(packet, out var headerLength);
        var payload = packet.Slice(headerLength, Math.Min(ip.PayloadLength, packet.Length - headerLength));
        var carried = Transport(ip.Protocol, payload, ip.Source, ip.Destination);
        return carried is null ? null : new LadderFrame(at, ethernet.Source, ip.Source, ip.Destination, carried);
    }

    private static LadderFrame? IPv6(TimeSpan at, EthernetHeader ethernet, ReadOnlySpan<byte> packet)
    {
        var ip = IPv6Header.Decode(packet);
        var payload = packet.Slice(IPv6Header.Length, Math.Min(ip.PayloadLength, packet.Length - IPv6Header.Length));
        var carried = ip.NextHeader == IPProtocol.Icmpv6 ? Neighbor(payload, ip.Source, ip.Destination) : Transport(ip.NextHeader, payload, ip.Source, ip.Destination);
        return carried is null ? null : new LadderFrame(at, ethernet.Source, ip.Source, ip.Destination, carried);
    }

    private static LadderPayload? Transport(IPProtocol protocol, ReadOnlySpan<byte> payload, IPAddress source, IPAddress destination)
    {
        if (protocol == IPProtocol.Tcp)
        {
            var tcp = TcpHeader.Decode(payload, source, destination, verifyChecksum: false, out var headerLength);
            return new TcpPayload(tcp.SourcePort, tcp.DestinationPort, tcp.SequenceNumber, tcp.Flags, payload[headerLength..].ToArray());
        }
        if (protocol != IPProtocol.Udp)
        {
            return null;
        }
        var udp = UdpHeader.Decode(payload, source, destination, verifyChecksum: false);
        var data = payload.Slice(UdpHeader.Length, Math.Min(udp.PayloadLength, payload.Length - UdpHeader.Length));
        return (udp.SourcePort, udp.DestinationPort) switch
        {
            (Dhcp4Client, Dhcp4Server) or (Dhcp4Server, Dhcp4Client) =>
                new DhcpPayload($"DHCP {Dhcp4Message.Decode(data).MessageType?.ToString() ?? "message"}", udp.SourcePort == Dhcp4Server, false),
            (Dhcp6Client, Dhcp6Server) or (Dhcp6Server, Dhcp6Client) =>
                new DhcpPayload($"DHCPv6 {Dhcp6Message.Decode(data).MessageType}", udp.SourcePort == Dhcp6Server, true),
            _ => null,
        };
    }

    private static LadderPayload? Neighbor(ReadOnlySpan<byte> message, IPAddress source, IPAddress destination)
    {
        var icmp = Icmpv6Header.Decode(message, source, destination, verifyChecksum: false);
        return icmp.Type switch
        {
            Icmpv6Type.RouterSolicitation => new NdPayload("Router Solicitation", null, true, false),
            Icmpv6Type.RouterAdvertisement => new NdPayload(Advertisement(RouterAdvertisement.Decode(message)), null, true, true),
            Icmpv6Type.NeighborSolicitation when !source.Equals(IPAddress.IPv6Any) => NeighborSolicitation.Decode(message) is var ns
                ? new NdPayload($"NS who-has {ns.TargetAddress}", ns.TargetAddress, false, false)
                : null,
            Icmpv6Type.NeighborAdvertisement => NeighborAdvertisement.Decode(message) is var na
                ? new NdPayload($"NA {na.TargetAddress}", na.TargetAddress, false, false)
                : null,
            _ => null,
        };
    }

    private static string Advertisement(RouterAdvertisement ra)
    {
        var prefix = ra.Options.Prefixes.FirstOrDefault();
        var flags = ra.ManagedAddressConfiguration ? ", M" : "";
        return prefix is null ? $"Router Advertisement{flags}" : $"Router Advertisement {prefix.Prefix}/{prefix.PrefixLength}{flags}";
    }
}
