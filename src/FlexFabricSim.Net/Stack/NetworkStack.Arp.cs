using System.Net;
using FlexFabricSim.Net.Arp;
using FlexFabricSim.Net.Ethernet;

namespace FlexFabricSim.Net.Stack;

/// <summary>ARP (RFC 826): answering for our address, learning senders, resolving next hops.</summary>
public sealed partial class NetworkStack
{
    private readonly NeighborCache _arpCache = new();

    /// <summary>Resolved ARP entries (IPv4 address to MAC), for diagnostics.</summary>
    public IReadOnlyDictionary<IPAddress, MacAddress> ArpTable
    {
        get
        {
            Scheduler.VerifyAccess();
            return _arpCache.Snapshot();
        }
    }

    private DropReason ReceiveArp(ReadOnlySpan<byte> payload)
    {
        // Most ARP on a busy segment is requests for other hosts. From a sender we do not know they teach nothing (RFC 826),
        // so they are discarded here without being decoded: a broadcast storm costs no allocation per host.
        if (ArpPacket.IsRequest(payload))
        {
            var target = NeighborKey.FromIPv4(payload[ArpPacket.TargetProtocolAddressOffset..]);
            var from = NeighborKey.FromIPv4(payload[ArpPacket.SenderProtocolAddressOffset..]);
            if (target != _ipv4Key && from != _ipv4Key && !_arpCache.Contains(from))
            {
                return DropReason.ArpNotForThisHost;
            }
        }

        var arp = ArpPacket.Decode(payload);
        var ours = _ipv4?.Address.Address;
        var sender = arp.SenderProtocolAddress;
        if (ours is not null && sender.Equals(ours) && arp.SenderHardwareAddress != Mac)
        {
            // Someone else claims our address (the guide's T6 "IP address conflict"): report, keep our address.
            Raise(StackEventKind.DuplicateAddress, $"{arp.SenderHardwareAddress} claims {ours} by ARP");
            return DropReason.None;
        }

        // RFC 826 "merge": refresh a known sender whatever the target; probes (sender 0.0.0.0) teach nothing.
        var learnable = !sender.Equals(IPAddress.Any) && !arp.SenderHardwareAddress.IsMulticast;
        var merged = false;
        if (learnable && _arpCache.Contains(sender))
        {
            FlushPending(_arpCache.Update(sender, arp.SenderHardwareAddress, Now + Options.NeighborReachableTime), arp.SenderHardwareAddress, EtherType.IPv4);
            merged = true;
        }

        if (ours is null || !arp.TargetProtocolAddress.Equals(ours))
        {
            return merged ? DropReason.None : DropReason.ArpNotForThisHost;
        }

        if (learnable && !merged)
        {
            _arpCache.Update(sender, arp.SenderHardwareAddress, Now + Options.NeighborReachableTime);
        }

        if (arp.Operation == ArpOperation.Request)
        {
            SendArp(ArpOperation.Reply, arp.SenderHardwareAddress, sender, arp.SenderHardwareAddress);
        }

        return DropReason.None;
    }

    private void SendArpRequest(IPAddress target) => SendArp(ArpOperation.Request, MacAddress.Zero, target, MacAddress.Broadcast);

    private void SendArp(ArpOperation operation, MacAddress targetMac, IPAddress targetIp, MacAddress frameDestination)
    {
        var packet = new ArpPacket
        {
            Operation = operation,
            SenderHardwareAddress = Mac,
            // Without an address yet, a request is an RFC 5227 probe: sender protocol address 0.0.0.0.
            SenderProtocolAddress = _ipv4?.Address.Address ?? IPAddress.Any,
            TargetHardwareAddress = targetMac,
            TargetProtocolAddress = targetIp,
        };
        var length = packet.WriteTo(_tx.AsSpan(LinkHeaderRoom));
        TransmitFrame(frameDestination, EtherType.Arp, length);
    }
}
