using System.Net;
using System.Net.Sockets;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Icmp;
using FlexFabricSim.Net.IPv4;
using FlexFabricSim.Net.Links;

namespace FlexFabricSim.Net.Stack;

/// <summary>IPv4: addressing (static or set later by DHCP), routing to the gateway, reception and ICMP echo.</summary>
public sealed partial class NetworkStack
{
    private IPv4Configuration? _ipv4;

    /// <summary>Our IPv4 address as a cache key (all ones when unconfigured, which no ARP packet carries as an address).</summary>
    private NeighborKey _ipv4Key = new(ulong.MaxValue, ulong.MaxValue);

    /// <summary>The current IPv4 configuration, or null while the host has no address (before DHCP).</summary>
    public IPv4Configuration? IPv4
    {
        get
        {
            Scheduler.VerifyAccess();
            return _ipv4;
        }
    }

    /// <summary>Sets (or with null, removes) the IPv4 address, prefix and gateway, for example from a DHCP lease.</summary>
    public void ConfigureIPv4(IPv4Configuration? configuration)
    {
        Scheduler.VerifyAccess();
        if (configuration is not null && configuration.Address.Address.AddressFamily != AddressFamily.InterNetwork)
        {
            throw new ArgumentException("an IPv4 configuration needs an IPv4 address", nameof(configuration));
        }

        var previous = _ipv4;
        _ipv4 = configuration;
        _ipv4Key = configuration is null ? new NeighborKey(ulong.MaxValue, ulong.MaxValue) : NeighborKey.From(configuration.Address.Address);
        if (previous is not null && previous != configuration)
        {
            Raise(StackEventKind.AddressRemoved, $"{previous.Address}");
        }

        if (configuration is not null && previous != configuration)
        {
            Raise(StackEventKind.AddressAssigned, configuration.Gateway is null
                ? $"{configuration.Address}"
                : $"{configuration.Address} gateway {configuration.Gateway}");
        }
    }

    private IPAddress? IPv4NextHop(IPAddress destination)
    {
        if (_ipv4 is not { } config || destination.Equals(config.Address.Address))
        {
            return null;
        }

        if (config.Address.Contains(destination))
        {
            return destination;
        }

        return config.Gateway is { } gateway && config.Address.Contains(gateway) ? gateway : null;
    }

    private DropReason ReceiveIPv4(EthernetHeader ethernet, ReadOnlySpan<byte> payload, ReceivedFrameFlags flags)
    {
        var ip = IPv4Header.Decode(payload, out var headerLength);
        var body = payload.Slice(headerLength, ip.PayloadLength);
        if (ip.Source.Equals(IPAddress.Broadcast) || IsIPv4Multicast(ip.Source) || IPAddress.IsLoopback(ip.Source)
            || (_ipv4 is { } self && ip.Source.Equals(self.Address.Address)))
        {
            return DropReason.InvalidSourceAddress;
        }

        var delivery = ClassifyIPv4Destination(ip);
        if (delivery == Delivery.NotOurs)
        {
            // RFC 2131 §4.1: before it has an address, a DHCP client must accept unicast to the address being offered.
            if (_ipv4 is not null || ip.Protocol != IPProtocol.Udp)
            {
                return DropReason.IPv4NotForThisHost;
            }

            delivery = Delivery.Unicast;
        }

        if (delivery == Delivery.Unicast)
        {
            _arpCache.Confirm(ip.Source, ethernet.Source, Now + Options.NeighborReachableTime);
        }

        var verify = (flags & (ReceivedFrameFlags.ChecksumNotComputed | ReceivedFrameFlags.ChecksumVerified)) == 0;
        return ip.Protocol switch
        {
            IPProtocol.Icmp => ReceiveIcmp(ip, body, delivery),
            IPProtocol.Udp => ReceiveUdp(ethernet, ip.Source, ip.Destination, body, delivery, verify, payload[..Math.Min(ip.TotalLength, headerLength + 8)]),
            IPProtocol.Tcp when delivery == Delivery.Unicast => ReceiveTcp(ip.Source, ip.Destination, body, verify),
            IPProtocol.Tcp => DropReason.IPv4NotForThisHost,
            _ => DropReason.UnknownProtocol,
        };
    }

    private Delivery ClassifyIPv4Destination(IPv4Header ip)
    {
        var destination = ip.Destination;
        if (_ipv4 is { } config)
        {
            if (destination.Equals(config.Address.Address))
            {
                return Delivery.Unicast;
            }

            if (config.Address.Length < 31 && destination.Equals(config.Address.IPv4Broadcast))
            {
                return Delivery.Broadcast;
            }
        }

        if (destination.Equals(IPAddress.Broadcast))
        {
            return Delivery.Broadcast;
        }

        return IsIPv4Multicast(destination) && _joinedGroups.ContainsKey(destination) ? Delivery.Multicast : Delivery.NotOurs;
    }

    private DropReason ReceiveIcmp(IPv4Header ip, ReadOnlySpan<byte> message, Delivery delivery)
    {
        var icmp = IcmpHeader.Decode(message);
        switch (icmp.Type)
        {
            // Like Linux (icmp_echo_ignore_broadcasts), only unicast echo requests are answered; never fragmented, so up to the MTU.
            case IcmpType.EchoRequest when icmp.Code == 0 && delivery == Delivery.Unicast && message.Length <= Options.Mtu - IPv4Header.MinimumLength:
                var reply = IPPayloadBuffer(IPv4Header.MinimumLength, message.Length);
                message.CopyTo(reply);
                IcmpHeader.Echo(IcmpType.EchoReply, icmp.Identifier, icmp.SequenceNumber).WriteTo(reply);
                SendIPv4(ip.Destination, ip.Source, IPProtocol.Icmp, message.Length);
                return DropReason.None;
            case IcmpType.EchoReply when delivery == Delivery.Unicast:
                return CompletePing(ip.Source, icmp.Identifier, icmp.SequenceNumber) ? DropReason.None : DropReason.IcmpIgnored;
            default:
                return DropReason.IcmpIgnored;
        }
    }

    /// <summary>Sends ICMP port unreachable for a datagram nobody listens to (RFC 1122 §3.2.2.1), quoting its start.</summary>
    /// <param name="ourAddress">The address the datagram was sent to.</param>
    /// <param name="source">Its sender.</param>
    /// <param name="quoted">Its IP header plus the first 64 bits of its payload (RFC 792).</param>
    private void SendIcmpPortUnreachable(IPAddress ourAddress, IPAddress source, ReadOnlySpan<byte> quoted)
    {
        var message = IPPayloadBuffer(IPv4Header.MinimumLength, IcmpHeader.Length + quoted.Length);
        quoted.CopyTo(message[IcmpHeader.Length..]);
        new IcmpHeader { Type = IcmpType.DestinationUnreachable, Code = IcmpHeader.PortUnreachableCode }.WriteTo(message);
        SendIPv4(ourAddress, source, IPProtocol.Icmp, message.Length);
    }

    /// <summary>How a received IP packet was addressed to the host.</summary>
    private enum Delivery
    {
        NotOurs,
        Unicast,
        Broadcast,
        Multicast,
    }
}
