using FlexFabricSim.Net.Errors;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Links;

namespace FlexFabricSim.Net.Stack;

/// <summary>Frame reception: link-layer filtering and dispatch, with every outcome counted.</summary>
public sealed partial class NetworkStack
{
    private readonly HashSet<MacAddress> _acceptedMulticast = [];

    /// <summary>Called by the link on the scheduler for every frame it delivers.</summary>
    void IEthernetLinkClient.OnFrameReceived(ReadOnlySpan<byte> frame, ReceivedFrameFlags flags)
    {
        if (IsDisposed)
        {
            return;
        }

        Counters.FramesReceived++;
        var reason = ProcessFrame(frame, flags);
        if (reason == DropReason.None)
        {
            Counters.FramesDelivered++;
            return;
        }

        Counters.CountDrop(reason);
        if (HasEventListeners)
        {
            Raise(StackEventKind.FrameDropped, $"{reason}: {frame.Length} bytes {WireFormatException.FormatHex(frame[..Math.Min(frame.Length, 34)])}");
        }
    }

    /// <summary>Decodes and dispatches one frame; returns why it was dropped, or <see cref="DropReason.None"/>.</summary>
    private DropReason ProcessFrame(ReadOnlySpan<byte> frame, ReceivedFrameFlags flags)
    {
        if (frame.Length > _link.MaximumFrameLength)
        {
            return DropReason.FrameTooLong;
        }

        try
        {
            var ethernet = EthernetHeader.Decode(frame, out var headerLength);
            var destination = ethernet.Destination;
            if (destination != Mac && !destination.IsBroadcast && !(destination.IsMulticast && _acceptedMulticast.Contains(destination)))
            {
                return DropReason.NotForThisHost;
            }

            // A host with a VLAN id accepts only frames tagged with it; an untagged host accepts untagged and priority-tagged frames.
            var vlan = ethernet.Tag?.VlanId ?? 0;
            if (vlan != (Options.VlanId ?? 0))
            {
                return DropReason.VlanMismatch;
            }

            var payload = frame[headerLength..];
            return ethernet.EtherType switch
            {
                EtherType.Arp => ReceiveArp(payload),
                EtherType.IPv4 => ReceiveIPv4(ethernet, payload, flags),
                EtherType.IPv6 when Options.EnableIPv6 => ReceiveIPv6(ethernet, payload, flags),
                _ => DropReason.UnknownEtherType,
            };
        }
        catch (WireFormatException e)
        {
            Counters.CountFormatReject(e);
            return e switch
            {
                EthernetFormatException => DropReason.MalformedEthernet,
                ArpFormatException => DropReason.MalformedArp,
                IPv4FormatException => DropReason.MalformedIPv4,
                IcmpFormatException => DropReason.MalformedIcmp,
                IPv6FormatException => DropReason.MalformedIPv6,
                Icmpv6FormatException => DropReason.MalformedIcmpv6,
                UdpFormatException => DropReason.MalformedUdp,
                TcpFormatException => DropReason.MalformedTcp,
                _ => throw new InvalidOperationException($"no drop reason for {e.GetType().Name}", e),
            };
        }
    }

    /// <summary>Recomputes which multicast MACs the host listens to (all-nodes, solicited-node groups, joined groups).</summary>
    private void RebuildMulticastFilter()
    {
        _acceptedMulticast.Clear();
        if (Options.EnableIPv6)
        {
            _acceptedMulticast.Add(MacAddress.ForIPv6Multicast(IPv6.IPv6Addressing.AllNodes));
            foreach (var address in _ipv6Addresses)
            {
                _acceptedMulticast.Add(MacAddress.ForIPv6Multicast(IPv6.IPv6Addressing.SolicitedNode(address.Address)));
            }
        }

        foreach (var group in _joinedGroups.Keys)
        {
            _acceptedMulticast.Add(group.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
                ? MacAddress.ForIPv4Multicast(group)
                : MacAddress.ForIPv6Multicast(group));
        }
    }
}
