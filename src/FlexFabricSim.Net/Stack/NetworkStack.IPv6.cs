using System.Net;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.IPv6;
using FlexFabricSim.Net.Links;

namespace FlexFabricSim.Net.Stack;

/// <summary>IPv6: the host's addresses, source and next-hop selection, reception, ICMPv6 echo and errors.</summary>
public sealed partial class NetworkStack
{
    private readonly List<IPv6InterfaceAddress> _ipv6Addresses = [];
    private readonly NeighborCache _neighborCache = new();

    /// <summary>The host's IPv6 addresses (link-local, static, SLAAC, DHCPv6) with their states.</summary>
    public IReadOnlyList<IPv6InterfaceAddress> IPv6Addresses
    {
        get
        {
            Scheduler.VerifyAccess();
            ExpireIPv6State();
            return [.. _ipv6Addresses];
        }
    }

    /// <summary>The usable link-local address, or null while it is tentative or IPv6 is off.</summary>
    public IPAddress? IPv6LinkLocalAddress
    {
        get
        {
            Scheduler.VerifyAccess();
            return _ipv6Addresses.FirstOrDefault(a => a.Origin == IPv6AddressOrigin.LinkLocal && a.IsUsable)?.Address;
        }
    }

    /// <summary>Adds an IPv6 address (for example from a DHCPv6 lease); it is usable once duplicate address detection passes.</summary>
    public void AddIPv6Address(IPPrefix address, IPv6AddressOrigin origin = IPv6AddressOrigin.Dhcp, TimeSpan? validLifetime = null)
    {
        Scheduler.VerifyAccess();
        if (!Options.EnableIPv6)
        {
            throw new InvalidOperationException("IPv6 is disabled on this stack");
        }

        if (address.Address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            throw new ArgumentException("not an IPv6 address", nameof(address));
        }

        AddAddress(IPv6Addressing.WithoutScope(address.Address), address.Length, origin, validLifetime is { } v ? Now + v : null);
    }

    /// <summary>Removes an IPv6 address.</summary>
    public bool RemoveIPv6Address(IPAddress address)
    {
        Scheduler.VerifyAccess();
        var index = IndexOfAddress(IPv6Addressing.WithoutScope(address));
        if (index < 0)
        {
            return false;
        }

        var removed = _ipv6Addresses[index];
        _ipv6Addresses.RemoveAt(index);
        _dadPending.Remove(removed.Address);
        RebuildMulticastFilter();
        Raise(StackEventKind.AddressRemoved, removed.ToString());
        return true;
    }

    private void InitializeIPv6()
    {
        AddAddress(IPv6Addressing.LinkLocal(Mac), 64, IPv6AddressOrigin.LinkLocal, null);
        if (Options.IPv6Address is { } configured)
        {
            AddAddress(IPv6Addressing.WithoutScope(configured.Address), configured.Length, IPv6AddressOrigin.Static, null);
        }
    }

    private void AddAddress(IPAddress address, int prefixLength, IPv6AddressOrigin origin, TimeSpan? validUntil)
    {
        var index = IndexOfAddress(address);
        if (index >= 0)
        {
            _ipv6Addresses[index] = _ipv6Addresses[index] with { ValidUntil = validUntil };
            return;
        }

        var detect = Options.DuplicateAddressDetectionTransmits > 0;
        _ipv6Addresses.Add(new IPv6InterfaceAddress(address, prefixLength, origin,
            detect ? IPv6AddressState.Tentative : IPv6AddressState.Preferred, validUntil));
        RebuildMulticastFilter();
        if (!detect)
        {
            Raise(StackEventKind.AddressAssigned, $"{address}/{prefixLength} ({origin})");
        }
        else if (IsReady)
        {
            StartDuplicateAddressDetection(address);
        }
    }

    private int IndexOfAddress(IPAddress address) => _ipv6Addresses.FindIndex(a => a.Address.Equals(address));

    private IPv6InterfaceAddress? FindAddress(IPAddress address)
    {
        var index = IndexOfAddress(address);
        return index < 0 ? null : _ipv6Addresses[index];
    }

    /// <summary>RFC 6724 in brief: link-local for link-scope destinations, else a usable global address (on-link prefix first).</summary>
    internal IPAddress? SelectIPv6Source(IPAddress destination)
    {
        ExpireIPv6State();
        var linkScope = destination.IsIPv6LinkLocal || (destination.IsIPv6Multicast && (destination.GetAddressBytes()[1] & 0x0F) <= 2);
        IPv6InterfaceAddress? best = null;
        foreach (var address in _ipv6Addresses)
        {
            if (!address.IsUsable)
            {
                continue;
            }

            var isLinkLocal = address.Origin == IPv6AddressOrigin.LinkLocal;
            if (linkScope)
            {
                if (isLinkLocal)
                {
                    return address.Address;
                }

                continue;
            }

            if (!isLinkLocal && IPPrefix.SharePrefix(address.Address, destination, address.PrefixLength))
            {
                return address.Address;
            }

            if (best is null || (best.Origin == IPv6AddressOrigin.LinkLocal && !isLinkLocal))
            {
                best = address;
            }
        }

        return best?.Address;
    }

    private IPAddress? IPv6NextHop(IPAddress destination)
    {
        ExpireIPv6State();
        if (FindAddress(destination) is not null)
        {
            return null;
        }

        if (destination.IsIPv6LinkLocal)
        {
            return destination;
        }

        foreach (var prefix in _prefixes)
        {
            if (prefix.OnLink && prefix.Prefix.Contains(destination))
            {
                return destination;
            }
        }

        if (Options.IPv6Address is { } configured && configured.Contains(destination))
        {
            return destination;
        }

        if (_routers.Count > 0)
        {
            return _routers[0].Address;
        }

        return Options.IPv6Gateway is { } gateway ? IPv6Addressing.WithoutScope(gateway) : null;
    }

    private DropReason ReceiveIPv6(EthernetHeader ethernet, ReadOnlySpan<byte> payload, ReceivedFrameFlags flags)
    {
        var ip = IPv6Header.Decode(payload);
        var packet = payload[..(IPv6Header.Length + ip.PayloadLength)];
        var body = packet[IPv6Header.Length..];
        var upper = IPv6ExtensionHeaders.Skip(body, ip.NextHeader, out var upperOffset);
        if (ip.Source.IsIPv6Multicast || IPAddress.IsLoopback(ip.Source))
        {
            return DropReason.InvalidSourceAddress;
        }

        var delivery = ClassifyIPv6Destination(ip.Destination);
        if (delivery == Delivery.NotOurs)
        {
            return DropReason.IPv6NotForThisHost;
        }

        if (delivery == Delivery.Unicast && !ip.Source.Equals(IPAddress.IPv6Any))
        {
            _neighborCache.Confirm(ip.Source, ethernet.Source, Now + Options.NeighborReachableTime);
        }

        var message = body[upperOffset..];
        var verify = (flags & (ReceivedFrameFlags.ChecksumNotComputed | ReceivedFrameFlags.ChecksumVerified)) == 0;
        return upper switch
        {
            IPProtocol.Icmpv6 => ReceiveIcmpv6(ethernet, ip, message, delivery),
            IPProtocol.Udp => ReceiveUdp(ethernet, ip.Source, ip.Destination, message, delivery, verify, packet),
            IPProtocol.Tcp when delivery == Delivery.Unicast => ReceiveTcp(ip.Source, ip.Destination, message, verify),
            IPProtocol.Tcp => DropReason.IPv6NotForThisHost,
            IPProtocol.NoNextHeader => DropReason.None,
            _ => DropReason.UnknownProtocol,
        };
    }

    private Delivery ClassifyIPv6Destination(IPAddress destination)
    {
        if (destination.IsIPv6Multicast)
        {
            if (destination.Equals(IPv6Addressing.AllNodes) || _joinedGroups.ContainsKey(destination))
            {
                return Delivery.Multicast;
            }

            foreach (var address in _ipv6Addresses)
            {
                if (destination.Equals(IPv6Addressing.SolicitedNode(address.Address)))
                {
                    return Delivery.Multicast;
                }
            }

            return Delivery.NotOurs;
        }

        // RFC 4862 §5.4: a tentative address receives nothing but the ND messages of duplicate address detection.
        return FindAddress(destination) is { IsUsable: true } ? Delivery.Unicast : Delivery.NotOurs;
    }

    private DropReason ReceiveIcmpv6(EthernetHeader ethernet, IPv6Header ip, ReadOnlySpan<byte> message, Delivery delivery)
    {
        var icmp = Icmpv6Header.Decode(message, ip.Source, ip.Destination);
        switch (icmp.Type)
        {
            case Icmpv6Type.EchoRequest when icmp.Code == 0 && message.Length <= Options.Mtu - IPv6Header.Length:
                var source = delivery == Delivery.Unicast ? ip.Destination : SelectIPv6Source(ip.Source);
                if (source is null || ip.Source.Equals(IPAddress.IPv6Any))
                {
                    return DropReason.IcmpIgnored;
                }

                var reply = IPPayloadBuffer(IPv6Header.Length, message.Length);
                message.CopyTo(reply);
                Icmpv6Header.Echo(Icmpv6Type.EchoReply, icmp.Identifier, icmp.SequenceNumber).WriteTo(reply, source, ip.Source);
                SendIPv6(source, ip.Source, IPProtocol.Icmpv6, message.Length);
                return DropReason.None;
            case Icmpv6Type.EchoReply when delivery == Delivery.Unicast:
                return CompletePing(ip.Source, icmp.Identifier, icmp.SequenceNumber) ? DropReason.None : DropReason.IcmpIgnored;
            case Icmpv6Type.RouterAdvertisement:
            case Icmpv6Type.NeighborSolicitation:
            case Icmpv6Type.NeighborAdvertisement:
                return ReceiveNeighborDiscovery(ethernet, ip, icmp.Type, message);
            default:
                return DropReason.IcmpIgnored;
        }
    }

    /// <summary>Sends ICMPv6 port unreachable (RFC 4443 §3.1) quoting as much of the packet as fits the minimum MTU.</summary>
    private void SendIcmpv6PortUnreachable(IPAddress ourAddress, IPAddress source, ReadOnlySpan<byte> packet)
    {
        var quoted = packet[..Math.Min(packet.Length, 1280 - IPv6Header.Length - Icmpv6Header.Length)];
        var message = IPPayloadBuffer(IPv6Header.Length, Icmpv6Header.Length + quoted.Length);
        quoted.CopyTo(message[Icmpv6Header.Length..]);
        new Icmpv6Header { Type = Icmpv6Type.DestinationUnreachable, Code = Icmpv6Header.PortUnreachableCode }
            .WriteTo(message, ourAddress, source);
        SendIPv6(ourAddress, source, IPProtocol.Icmpv6, message.Length);
    }

    /// <summary>Drops addresses, routers and prefixes whose lifetimes ran out (checked lazily when they are used).</summary>
    private void ExpireIPv6State()
    {
        var now = Now;
        _routers.RemoveAll(r => r.ExpiresAt <= now);
        _prefixes.RemoveAll(p => p.ValidUntil <= now);
        for (var i = _ipv6Addresses.Count - 1; i >= 0; i--)
        {
            if (_ipv6Addresses[i].ValidUntil is { } until && until <= now)
            {
                var expired = _ipv6Addresses[i];
                _ipv6Addresses.RemoveAt(i);
                RebuildMulticastFilter();
                Raise(StackEventKind.AddressRemoved, $"{expired} (lifetime expired)");
            }
        }
    }
}
