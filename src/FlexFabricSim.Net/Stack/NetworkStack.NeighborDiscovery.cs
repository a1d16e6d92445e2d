using System.Globalization;
using System.Net;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.IPv6;

namespace FlexFabricSim.Net.Stack;

/// <summary>Neighbor Discovery (RFC 4861) and stateless autoconfiguration (RFC 4862): resolution, DAD, router solicitation, SLAAC.</summary>
public sealed partial class NetworkStack
{
    /// <summary>RFC 4861 §6.1: every ND message arrives with hop limit 255, proof that it was not forwarded.</summary>
    private const byte NeighborDiscoveryHopLimit = 255;

    private readonly List<IPv6Router> _routers = [];
    private readonly List<IPv6Prefix> _prefixes = [];
    private readonly Dictionary<IPAddress, int> _dadPending = [];
    private readonly StackTimer _neighborTimer;
    private readonly StackTimer _routerSolicitationTimer;
    private readonly StackTimer _dadTimer;
    private int _routerSolicitationsSent;

    /// <summary>Default routers learned from router advertisements, best first.</summary>
    public IReadOnlyList<IPv6Router> IPv6Routers
    {
        get
        {
            Scheduler.VerifyAccess();
            ExpireIPv6State();
            return [.. _routers];
        }
    }

    /// <summary>Prefixes learned from router advertisements.</summary>
    public IReadOnlyList<IPv6Prefix> IPv6Prefixes
    {
        get
        {
            Scheduler.VerifyAccess();
            ExpireIPv6State();
            return [.. _prefixes];
        }
    }

    /// <summary>Resolved IPv6 neighbours (address to MAC), for diagnostics.</summary>
    public IReadOnlyDictionary<IPAddress, MacAddress> IPv6Neighbors
    {
        get
        {
            Scheduler.VerifyAccess();
            return _neighborCache.Snapshot();
        }
    }

    /// <summary>Runs when the stack may send: duplicate address detection for tentative addresses, then router solicitation.</summary>
    private void StartIPv6()
    {
        foreach (var address in _ipv6Addresses.Where(a => a.State == IPv6AddressState.Tentative).ToList())
        {
            StartDuplicateAddressDetection(address.Address);
        }

        MaybeStartRouterSolicitation();
    }

    private void OnLinkLost()
    {
        _routerSolicitationTimer.Cancel();
        _dadTimer.Cancel();
        _dadPending.Clear();
        _routerSolicitationsSent = 0;
    }

    private void StartDuplicateAddressDetection(IPAddress address)
    {
        _dadPending[address] = 0;
        OnDuplicateAddressDetectionTimer();
    }

    /// <summary>Sends the next DAD solicitation of every tentative address, or makes it preferred after the last one (RFC 4862 §5.4).</summary>
    private void OnDuplicateAddressDetectionTimer()
    {
        if (!IsReady)
        {
            return;
        }

        foreach (var (address, sent) in _dadPending.ToList())
        {
            if (sent < Options.DuplicateAddressDetectionTransmits)
            {
                _dadPending[address] = sent + 1;
                var solicitation = new NeighborSolicitation { TargetAddress = address };
                SendNeighborDiscovery(IPAddress.IPv6Any, IPv6Addressing.SolicitedNode(address),
                    solicitation.GetEncodedLength(), buffer => solicitation.WriteTo(buffer, IPAddress.IPv6Any, IPv6Addressing.SolicitedNode(address)));
                continue;
            }

            _dadPending.Remove(address);
            var index = IndexOfAddress(address);
            if (index >= 0 && _ipv6Addresses[index].State == IPv6AddressState.Tentative)
            {
                _ipv6Addresses[index] = _ipv6Addresses[index] with { State = IPv6AddressState.Preferred };
                Raise(StackEventKind.AddressAssigned, _ipv6Addresses[index].ToString());
                if (_ipv6Addresses[index].Origin == IPv6AddressOrigin.LinkLocal)
                {
                    MaybeStartRouterSolicitation();
                }
            }
        }

        if (_dadPending.Count > 0)
        {
            _dadTimer.Arm(Options.NeighborRetransmitInterval);
        }
    }

    private void MarkDuplicate(IPAddress address, string how)
    {
        var index = IndexOfAddress(address);
        if (index < 0)
        {
            return;
        }

        _dadPending.Remove(address);
        _ipv6Addresses[index] = _ipv6Addresses[index] with { State = IPv6AddressState.Duplicate };
        Raise(StackEventKind.DuplicateAddress, $"{address} is in use by another node ({how}); it will not be used");
    }

    private void MaybeStartRouterSolicitation()
    {
        if (!Options.IPv6Autoconfiguration || !IsReady || _routerSolicitationTimer.IsArmed || _routerSolicitationsSent > 0
            || IPv6LinkLocalAddress is null || Options.RouterSolicitationCount == 0)
        {
            return;
        }

        OnRouterSolicitationTimer();
    }

    /// <summary>Sends the next router solicitation (the card: up to 3, 4 s apart, G p.5) until a router answers.</summary>
    private void OnRouterSolicitationTimer()
    {
        if (!IsReady || _routers.Count > 0)
        {
            return;
        }

        if (_routerSolicitationsSent >= Options.RouterSolicitationCount)
        {
            Raise(StackEventKind.NoRouterFound, string.Create(CultureInfo.InvariantCulture,
                $"no router advertisement after {_routerSolicitationsSent} solicitations"));
            return;
        }

        var source = IPv6LinkLocalAddress ?? IPAddress.IPv6Any;
        // RFC 4861 §4.1: no source link-layer address option when the source is unspecified.
        var solicitation = new RouterSolicitation
        {
            Options = source.Equals(IPAddress.IPv6Any) ? NdOptions.None : new NdOptions { SourceLinkLayerAddress = Mac },
        };
        SendNeighborDiscovery(source, IPv6Addressing.AllRouters, solicitation.GetEncodedLength(),
            buffer => solicitation.WriteTo(buffer, source, IPv6Addressing.AllRouters));
        _routerSolicitationsSent++;
        Raise(StackEventKind.RouterSolicitationSent, string.Create(CultureInfo.InvariantCulture,
            $"router solicitation {_routerSolicitationsSent} of {Options.RouterSolicitationCount} from {source}"));
        _routerSolicitationTimer.Arm(Options.RouterSolicitationInterval);
    }

    /// <summary>Resolves an IPv6 next hop: a solicitation to its solicited-node group with our link-layer address (RFC 4861 §7.2.2).</summary>
    private void SendNeighborSolicitation(IPAddress target)
    {
        var source = SelectIPv6Source(target);
        if (source is null)
        {
            return;
        }

        var group = IPv6Addressing.SolicitedNode(target);
        var solicitation = new NeighborSolicitation { TargetAddress = target, Options = new NdOptions { SourceLinkLayerAddress = Mac } };
        SendNeighborDiscovery(source, group, solicitation.GetEncodedLength(), buffer => solicitation.WriteTo(buffer, source, group));
    }

    private delegate int MessageWriter(Span<byte> destination);

    private void SendNeighborDiscovery(IPAddress source, IPAddress destination, int length, MessageWriter write)
    {
        write(IPPayloadBuffer(IPv6Header.Length, length));
        SendIPv6(source, destination, IPProtocol.Icmpv6, length, NeighborDiscoveryHopLimit);
    }

    private DropReason ReceiveNeighborDiscovery(EthernetHeader ethernet, IPv6Header ip, Icmpv6Type type, ReadOnlySpan<byte> message)
    {
        if (ip.HopLimit != NeighborDiscoveryHopLimit)
        {
            return DropReason.InvalidNeighborDiscovery;
        }

        return type switch
        {
            Icmpv6Type.NeighborSolicitation => ReceiveNeighborSolicitation(ip, NeighborSolicitation.Decode(message)),
            Icmpv6Type.NeighborAdvertisement => ReceiveNeighborAdvertisement(ip, NeighborAdvertisement.Decode(message)),
            _ => ReceiveRouterAdvertisement(ethernet, ip, RouterAdvertisement.Decode(message)),
        };
    }

    private DropReason ReceiveNeighborSolicitation(IPv6Header ip, NeighborSolicitation solicitation)
    {
        var target = solicitation.TargetAddress;
        var fromUnspecified = ip.Source.Equals(IPAddress.IPv6Any);
        // RFC 4861 §7.1.1 validity checks.
        if (target.IsIPv6Multicast
            || (fromUnspecified && (!ip.Destination.Equals(IPv6Addressing.SolicitedNode(target)) || solicitation.Options.SourceLinkLayerAddress is not null)))
        {
            return DropReason.InvalidNeighborDiscovery;
        }

        var ours = FindAddress(target);
        if (ours is null)
        {
            return DropReason.IPv6NotForThisHost;
        }

        if (ours.State == IPv6AddressState.Tentative)
        {
            // RFC 4862 §5.4.3: another node is checking the same tentative address: it is a duplicate.
            if (fromUnspecified)
            {
                MarkDuplicate(target, "a neighbour solicitation for it during detection");
                return DropReason.None;
            }

            return DropReason.IcmpIgnored;
        }

        if (ours.State == IPv6AddressState.Duplicate)
        {
            return DropReason.IcmpIgnored;
        }

        if (!fromUnspecified && solicitation.Options.SourceLinkLayerAddress is { } sourceMac)
        {
            FlushPending(_neighborCache.Update(ip.Source, sourceMac, Now + Options.NeighborReachableTime), sourceMac, EtherType.IPv6);
        }

        // RFC 4861 §7.2.4: answer a DAD probe to all-nodes, unsolicited; a resolution to its sender, solicited.
        var destination = fromUnspecified ? IPv6Addressing.AllNodes : ip.Source;
        var advertisement = new NeighborAdvertisement
        {
            Solicited = !fromUnspecified,
            Override = true,
            TargetAddress = target,
            Options = new NdOptions { TargetLinkLayerAddress = Mac },
        };
        var sourceMacOfSolicitation = solicitation.Options.SourceLinkLayerAddress;
        var length = advertisement.WriteTo(IPPayloadBuffer(IPv6Header.Length, advertisement.GetEncodedLength()), target, destination);
        SendIPv6(target, destination, IPProtocol.Icmpv6, length, NeighborDiscoveryHopLimit,
            destinationMac: fromUnspecified ? null : sourceMacOfSolicitation);
        return DropReason.None;
    }

    private DropReason ReceiveNeighborAdvertisement(IPv6Header ip, NeighborAdvertisement advertisement)
    {
        var target = advertisement.TargetAddress;
        // RFC 4861 §7.1.2 validity checks.
        if (target.IsIPv6Multicast || (ip.Destination.IsIPv6Multicast && advertisement.Solicited))
        {
            return DropReason.InvalidNeighborDiscovery;
        }

        if (FindAddress(target) is { } ours)
        {
            if (ours.State == IPv6AddressState.Tentative)
            {
                MarkDuplicate(target, "a neighbour advertisement for it during detection");
                return DropReason.None;
            }

            Raise(StackEventKind.DuplicateAddress, $"another node advertises our address {target}");
            return DropReason.None;
        }

        if (!_neighborCache.Contains(target) || advertisement.Options.TargetLinkLayerAddress is not { } mac)
        {
            // RFC 4861 §7.2.5: no entry, nothing to update.
            return DropReason.IcmpIgnored;
        }

        FlushPending(_neighborCache.Update(target, mac, Now + Options.NeighborReachableTime), mac, EtherType.IPv6);
        return DropReason.None;
    }

    private DropReason ReceiveRouterAdvertisement(EthernetHeader ethernet, IPv6Header ip, RouterAdvertisement advertisement)
    {
        // RFC 4861 §6.1.2: a router advertises from its link-local address.
        if (!ip.Source.IsIPv6LinkLocal)
        {
            return DropReason.InvalidNeighborDiscovery;
        }

        if (!Options.IPv6Autoconfiguration)
        {
            // With IP Autoconfiguration disabled the host keeps its static configuration (G p.5).
            return DropReason.IcmpIgnored;
        }

        var now = Now;
        var routerMac = advertisement.Options.SourceLinkLayerAddress ?? ethernet.Source;
        FlushPending(_neighborCache.Update(ip.Source, routerMac, now + Options.NeighborReachableTime), routerMac, EtherType.IPv6);
        _routers.RemoveAll(r => r.Address.Equals(ip.Source));
        if (advertisement.RouterLifetime > 0)
        {
            _routers.Add(new IPv6Router(ip.Source, advertisement.Options.SourceLinkLayerAddress,
                now + TimeSpan.FromSeconds(advertisement.RouterLifetime), advertisement.ManagedAddressConfiguration, advertisement.OtherConfiguration));
            _routerSolicitationTimer.Cancel();
        }

        Raise(StackEventKind.RouterLearned, string.Create(CultureInfo.InvariantCulture,
            $"router {ip.Source} lifetime {advertisement.RouterLifetime} s, M={(advertisement.ManagedAddressConfiguration ? 1 : 0)} O={(advertisement.OtherConfiguration ? 1 : 0)}"));
        foreach (var information in advertisement.Options.Prefixes)
        {
            LearnPrefix(information, now);
        }

        return DropReason.None;
    }

    /// <summary>Records an advertised prefix and forms a SLAAC address from it when RFC 4862 §5.5.3 allows.</summary>
    private void LearnPrefix(PrefixInformation information, TimeSpan now)
    {
        var prefix = new IPPrefix(IPPrefix.Mask(information.Prefix, information.PrefixLength), information.PrefixLength);
        if (prefix.Address.IsIPv6LinkLocal || information.PreferredLifetime > information.ValidLifetime)
        {
            return;
        }

        var validUntil = information.ValidLifetime == PrefixInformation.Infinite
            ? TimeSpan.MaxValue
            : now + TimeSpan.FromSeconds(information.ValidLifetime);
        _prefixes.RemoveAll(p => p.Prefix == prefix);
        if (information.ValidLifetime > 0)
        {
            _prefixes.Add(new IPv6Prefix(prefix, information.OnLink, information.Autonomous, validUntil));
            Raise(StackEventKind.PrefixLearned, string.Create(CultureInfo.InvariantCulture,
                $"prefix {prefix} valid {information.ValidLifetime} s, L={(information.OnLink ? 1 : 0)} A={(information.Autonomous ? 1 : 0)}"));
        }

        // SLAAC needs a 64-bit interface identifier (RFC 4862 §5.5.3 d; RFC 4291 for Ethernet).
        if (information.Autonomous && information.PrefixLength == 64 && information.ValidLifetime > 0)
        {
            var address = IPv6Addressing.FromPrefix(prefix.Address, Mac);
            AddAddress(address, 64, IPv6AddressOrigin.Autoconfigured, validUntil == TimeSpan.MaxValue ? null : validUntil);
        }
    }
}
