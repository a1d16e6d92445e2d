using System.Net;
using System.Net.Sockets;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.IPv4;
using FlexFabricSim.Net.IPv6;

namespace FlexFabricSim.Net.Stack;

/// <summary>Frame transmission: one reusable buffer, next-hop choice, neighbour resolution with a bounded wait queue.</summary>
/// <remarks>
/// Packets are built in place: the IP packet starts at <see cref="LinkHeaderRoom"/> of the transmit buffer so the Ethernet
/// header (14 or 18 bytes) is written in front of it at the end, without copying. The link copies what it is given, so the
/// buffer is free again as soon as <see cref="TransmitFrame"/> returns.
/// </remarks>
public sealed partial class NetworkStack
{
    /// <summary>Room for the largest link header (Ethernet with an 802.1Q tag).</summary>
    private const int LinkHeaderRoom = EthernetHeader.UntaggedLength + EthernetHeader.TagLength;

    /// <summary>One frame's worth (link header room plus the MTU): the stack never sends a packet larger than its MTU.</summary>
    private readonly byte[] _tx;
    private ushort _ipv4Identification;

    /// <summary>The IP payload area for a packet with an IP header of <paramref name="ipHeaderLength"/> bytes.</summary>
    internal Span<byte> IPPayloadBuffer(int ipHeaderLength, int payloadLength) =>
        _tx.AsSpan(LinkHeaderRoom + ipHeaderLength, payloadLength);

    /// <summary>Sends an IPv4 packet whose payload is already in <see cref="IPPayloadBuffer"/>; false when there is no route.</summary>
    internal bool SendIPv4(IPAddress source, IPAddress destination, IPProtocol protocol, int payloadLength,
        MacAddress? destinationMac = null, MacAddress? sourceMac = null, bool dontFragment = true)
    {
        var header = new IPv4Header
        {
            PayloadLength = payloadLength,
            Identification = _ipv4Identification++,
            DontFragment = dontFragment,
            Protocol = protocol,
            Source = source,
            Destination = destination,
        };
        var packetLength = header.WriteTo(_tx.AsSpan(LinkHeaderRoom)) + payloadLength;
        if (destinationMac is { } mac)
        {
            TransmitFrame(mac, EtherType.IPv4, packetLength, sourceMac);
            return true;
        }

        if (destination.Equals(IPAddress.Broadcast) || (_ipv4 is { } config && config.Address.Length < 31
            && destination.Equals(config.Address.IPv4Broadcast)))
        {
            TransmitFrame(MacAddress.Broadcast, EtherType.IPv4, packetLength, sourceMac);
            return true;
        }

        if (IsIPv4Multicast(destination))
        {
            TransmitFrame(MacAddress.ForIPv4Multicast(destination), EtherType.IPv4, packetLength, sourceMac);
            return true;
        }

        var nextHop = IPv4NextHop(destination);
        if (nextHop is null)
        {
            Counters.NoRoute++;
            return false;
        }

        SendResolved(_arpCache, nextHop, EtherType.IPv4, packetLength, sourceMac);
        return true;
    }

    /// <summary>Sends an IPv6 packet whose payload is already in <see cref="IPPayloadBuffer"/>; false when there is no route.</summary>
    internal bool SendIPv6(IPAddress source, IPAddress destination, IPProtocol nextHeader, int payloadLength,
        byte hopLimit = IPv6Header.DefaultHopLimit, MacAddress? destinationMac = null, MacAddress? sourceMac = null)
    {
        var header = new IPv6Header
        {
            PayloadLength = payloadLength,
            NextHeader = nextHeader,
            HopLimit = hopLimit,
            Source = source,
            Destination = destination,
        };
        var packetLength = header.WriteTo(_tx.AsSpan(LinkHeaderRoom)) + payloadLength;
        if (destinationMac is { } mac)
        {
            TransmitFrame(mac, EtherType.IPv6, packetLength, sourceMac);
            return true;
        }

        if (destination.IsIPv6Multicast)
        {
            TransmitFrame(MacAddress.ForIPv6Multicast(destination), EtherType.IPv6, packetLength, sourceMac);
            return true;
        }

        var nextHop = IPv6NextHop(destination);
        if (nextHop is null)
        {
            Counters.NoRoute++;
            return false;
        }

        SendResolved(_neighborCache, nextHop, EtherType.IPv6, packetLength, sourceMac);
        return true;
    }

    /// <summary>Whether a destination can be reached at all (a route exists); used before opening connections.</summary>
    internal bool HasRoute(IPAddress destination) => destination.AddressFamily == AddressFamily.InterNetwork
        ? destination.Equals(IPAddress.Broadcast) || IsIPv4Multicast(destination) || IPv4NextHop(destination) is not null
        : destination.IsIPv6Multicast || IPv6NextHop(destination) is not null;

    /// <summary>Writes the Ethernet header in front of the packet at <see cref="LinkHeaderRoom"/>, pads, and hands the frame to the link.</summary>
    private void TransmitFrame(MacAddress destination, EtherType type, int packetLength, MacAddress? source = null)
    {
        if (!IsReady)
        {
            Counters.SendsWhileLinkNotReady++;
            return;
        }

        var header = new EthernetHeader
        {
            Destination = destination,
            Source = source ?? Mac,
            Tag = Options.VlanId is { } vlan ? new VlanTag(vlan, Options.VlanPriority) : null,
            EtherType = type,
        };
        var headerLength = header.GetEncodedLength();
        var start = LinkHeaderRoom - headerLength;
        header.WriteTo(_tx.AsSpan(start));
        var frameLength = headerLength + packetLength;
        if (frameLength < EthernetHeader.MinimumFrameLength)
        {
            _tx.AsSpan(start + frameLength, EthernetHeader.MinimumFrameLength - frameLength).Clear();
            frameLength = EthernetHeader.MinimumFrameLength;
        }

        Counters.FramesSent++;
        _link.Transmit(_tx.AsSpan(start, frameLength));
    }

    /// <summary>Sends the packet now if the next hop's MAC is known; otherwise queues a copy and starts resolving it.</summary>
    private void SendResolved(NeighborCache cache, IPAddress nextHop, EtherType type, int packetLength, MacAddress? source)
    {
        if (!IsReady)
        {
            Counters.SendsWhileLinkNotReady++;
            return;
        }

        if (cache.TryGet(nextHop, Now, out var mac))
        {
            TransmitFrame(mac, type, packetLength, source);
            return;
        }

        // Copy the packet out of the transmit buffer before the solicitation overwrites it.
        var copy = _tx.AsSpan(LinkHeaderRoom, packetLength).ToArray();
        if (cache.Enqueue(nextHop, copy, Options.NeighborPendingLimit, out var droppedOldest))
        {
            SolicitNeighbor(cache, nextHop);
        }

        if (droppedOldest)
        {
            Counters.NeighborResolutionFailures++;
        }
    }

    /// <summary>Sends the packets that waited for a neighbour now resolved to <paramref name="mac"/>.</summary>
    private void FlushPending(Queue<byte[]>? pending, MacAddress mac, EtherType type)
    {
        if (pending is null)
        {
            return;
        }

        while (pending.TryDequeue(out var packet))
        {
            packet.CopyTo(_tx, LinkHeaderRoom);
            TransmitFrame(mac, type, packet.Length);
        }
    }

    private void SolicitNeighbor(NeighborCache cache, IPAddress nextHop)
    {
        cache.MarkAttempt(nextHop, Now + Options.NeighborRetransmitInterval);
        if (cache == _arpCache)
        {
            SendArpRequest(nextHop);
        }
        else
        {
            SendNeighborSolicitation(nextHop);
        }

        _neighborTimer.ArmAtOrBefore(Now + Options.NeighborRetransmitInterval);
    }

    private void OnNeighborTimer()
    {
        foreach (var cache in new[] { _arpCache, _neighborCache })
        {
            var (retry, dropped) = cache.Expire(Now, Options.NeighborSolicitations);
            Counters.NeighborResolutionFailures += dropped;
            foreach (var address in retry)
            {
                SolicitNeighbor(cache, address);
            }
        }

        var next = Min(_arpCache.NextAttemptDue(), _neighborCache.NextAttemptDue());
        if (next is { } due)
        {
            _neighborTimer.ArmAt(due);
        }
    }

    private static TimeSpan? Min(TimeSpan? a, TimeSpan? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static bool IsIPv4Multicast(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[4];
        address.TryWriteBytes(bytes, out _);
        return bytes[0] is >= 224 and <= 239;
    }
}
