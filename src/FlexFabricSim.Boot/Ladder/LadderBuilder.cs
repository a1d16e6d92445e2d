using System.Net;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Errors;
using FlexFabricSim.Net.Iscsi;
using FlexFabricSim.Net.Tcp;

namespace FlexFabricSim.Boot.Ladder;

/// <summary>
/// Builds the ladder of a boot from the frames that crossed the adapter's link: one column for the initiator, then the DHCP
/// server(s), the router and the targets as the frames reveal them; one arrow per DHCP message, ARP / neighbour and router
/// discovery message, TCP SYN / FIN / RST, and iSCSI PDU (reassembled from the TCP stream). Pure ACKs are left out, as
/// is everything not to or from the initiator.
/// </summary>
public static class LadderBuilder
{
    /// <summary>The iSCSI Basic Header Segment's length (RFC 7143 §11.2): no PDU is shorter.</summary>
    private const int BasicHeaderSegmentLength = 48;

    /// <summary>Builds the diagram; <paramref name="frames"/> are (time since power-on, frame bytes) in capture order.</summary>
    public static LadderDiagram Build(IReadOnlyList<(TimeSpan At, byte[] Frame)> frames, MacAddress initiator)
    {
        ArgumentNullException.ThrowIfNull(frames);
        var decoded = frames.Select(f => LadderFrameDecoder.Decode(f.At, f.Frame)).OfType<LadderFrame>().ToList();
        var columns = new LadderColumns(decoded, initiator);
        var messages = new List<LadderMessage>();
        var streams = new Dictionary<(IPAddress, ushort, IPAddress, ushort), TcpStreamReassembler>();
        foreach (var frame in decoded)
        {
            var outbound = frame.SourceMac == initiator;
            var peer = columns.PeerOf(frame, outbound);
            if (peer is null)
            {
                continue;
            }
            var (from, to) = outbound ? (0, peer.Value) : (peer.Value, 0);
            switch (frame.Payload)
            {
                case DhcpPayload d:
                    messages.Add(new LadderMessage(frame.At, from, to, d.Label));
                    break;
                case ArpPayload a:
                    messages.Add(new LadderMessage(frame.At, from, to, a.Request ? $"ARP who-has {a.Address}" : $"ARP {a.Address} is-at {a.Sender}"));
                    break;
                case NdPayload n:
                    messages.Add(new LadderMessage(frame.At, from, to, n.Label));
                    break;
                case TcpPayload t:
                    Tcp(messages, streams, frame, t, from, to);
                    break;
            }
        }
        return new LadderDiagram(columns.Names, messages);
    }

    private static void Tcp(List<LadderMessage> messages, Dictionary<(IPAddress, ushort, IPAddress, ushort), TcpStreamReassembler> streams,
        LadderFrame frame, TcpPayload tcp, int from, int to)
    {
        var key = (frame.Source!, tcp.SourcePort, frame.Destination!, tcp.DestinationPort);
        if (!streams.TryGetValue(key, out var stream))
        {
            streams[key] = stream = new TcpStreamReassembler();
        }
        var control = (tcp.Flags & (TcpFlags.Syn | TcpFlags.Ack)) == (TcpFlags.Syn | TcpFlags.Ack) ? "TCP SYN, ACK"
            : (tcp.Flags & TcpFlags.Syn) != 0 ? "TCP SYN"
            : (tcp.Flags & TcpFlags.Rst) != 0 ? "TCP RST"
            : null;
        if ((tcp.Flags & TcpFlags.Syn) != 0)
        {
            stream.Syn(tcp.Sequence);
        }
        if (control is not null)
        {
            messages.Add(new LadderMessage(frame.At, from, to, control));
        }
        if (stream.Segment(tcp.Sequence, tcp.Data))
        {
            foreach (var label in TakePdus(stream))
            {
                messages.Add(new LadderMessage(frame.At, from, to, label));
            }
        }
        if ((tcp.Flags & TcpFlags.Fin) != 0)
        {
            messages.Add(new LadderMessage(frame.At, from, to, "TCP FIN"));
        }
    }

    /// <summary>Every whole PDU at the start of the stream, removed from it; an unreadable one ends the stream's labels.</summary>
    private static List<string> TakePdus(TcpStreamReassembler stream)
    {
        var labels = new List<string>();
        var buffer = stream.Buffer;
        while (buffer.Count >= BasicHeaderSegmentLength)
        {
            var bytes = buffer.ToArray();
            try
            {
                if (!IscsiPduReader.TryRead(bytes, IscsiDigests.None, out var pdu, out var consumed))
                {
                    break;
                }
                labels.Add(IscsiPduLabel.For(pdu));
                buffer.RemoveRange(0, consumed);
            }
            catch (IscsiFormatException e)
            {
                labels.Add($"malformed iSCSI ({e.Reason})");
                buffer.Clear();
                break;
            }
        }
        return labels;
    }

    /// <summary>The ladder's columns and who is in which.</summary>
    private sealed class LadderColumns
    {
        private readonly Dictionary<IPAddress, int> _byAddress = [];
        private readonly HashSet<IPAddress> _initiatorAddresses = [];
        private readonly List<string> _names = ["initiator"];
        private int? _dhcp4;
        private int? _dhcp6;
        private int? _router;

        public LadderColumns(List<LadderFrame> frames, MacAddress initiator)
        {
            foreach (var f in frames.Where(f => f.SourceMac == initiator && f.Source is not null))
            {
                _initiatorAddresses.Add(f.Source!);
            }
            // Servers first, in a fixed order, then targets and other hosts as they appear.
            var dhcp4 = frames.FirstOrDefault(f => f.Payload is DhcpPayload { FromServer: true, V6: false })?.Source;
            var dhcp6 = frames.FirstOrDefault(f => f.Payload is DhcpPayload { FromServer: true, V6: true })?.Source;
            var router = frames.FirstOrDefault(f => f.Payload is NdPayload { FromRouter: true })?.Source;
            if (dhcp4 is not null || frames.Any(f => f.Payload is DhcpPayload { V6: false }))
            {
                _dhcp4 = Add(dhcp4, dhcp4 is null ? "DHCP server (none answered)" : $"DHCP server {dhcp4}");
            }
            if (dhcp6 is not null || frames.Any(f => f.Payload is DhcpPayload { V6: true }))
            {
                _dhcp6 = Add(dhcp6, dhcp6 is null ? "DHCPv6 server (none answered)" : $"DHCPv6 server {dhcp6}");
            }
            if (router is not null || frames.Any(f => f.Payload is NdPayload { RouterMessage: true }))
            {
                _router = Add(router, router is null ? "router (none answered)" : $"router {router}");
            }
            foreach (var f in frames)
            {
                var outbound = f.SourceMac == initiator;
                var peer = f.Payload switch
                {
                    TcpPayload => outbound ? f.Destination : f.Source,
                    ArpPayload { Request: true } a when outbound => a.Address,
                    NdPayload { RouterMessage: false, Address: { } target } when outbound => target,
                    _ => null,
                };
                if (peer is not null && !_byAddress.ContainsKey(peer) && !_initiatorAddresses.Contains(peer))
                {
                    var isTarget = frames.Any(g => g.Payload is TcpPayload && (peer.Equals(g.Destination) || peer.Equals(g.Source)));
                    Add(peer, isTarget ? $"target {peer}" : peer.ToString());
                }
            }
        }

        public IReadOnlyList<string> Names => _names;

        /// <summary>The column of the other end of <paramref name="frame"/>, or null when the ladder does not show it.</summary>
        public int? PeerOf(LadderFrame frame, bool outbound)
        {
            switch (frame.Payload)
            {
                case DhcpPayload { V6: false }:
                    return _dhcp4;
                case DhcpPayload { V6: true }:
                    return _dhcp6;
                case NdPayload { RouterMessage: true }:
                    return _router;
                case ArpPayload a:
                    return outbound ? Column(a.Address) : Column(frame.Source);
                case NdPayload { Address: { } target }:
                    return outbound ? Column(target) : Column(frame.Source);
                default:
                    return outbound ? Column(frame.Destination) : Column(frame.Source);
            }
        }

        private int? Column(IPAddress? address) => address is not null && _byAddress.TryGetValue(address, out var c) ? c : null;

        private int Add(IPAddress? address, string name)
        {
            _names.Add(name);
            var index = _names.Count - 1;
            if (address is not null)
            {
                _byAddress.TryAdd(address, index);
            }
            return index;
        }
    }
}
