using System.Net;
using FlexFabricSim.Net;
using FlexFabricSim.Net.Errors;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.IPv6;
using FlexFabricSim.Net.Links;
using FlexFabricSim.Net.Stack;
using NetMac = FlexFabricSim.Net.Ethernet.MacAddress;

namespace FlexFabricSim.Boot.Lab;

/// <summary>
/// The lab's IPv6 router, as far as a booting adapter needs one: it answers router solicitations with an advertisement of
/// the lab prefix (on-link; autonomous and Managed as the lab says), from its link-local address with its MAC attached.
/// It forwards nothing: every lab host is on the one link.
/// </summary>
public sealed class LabRouter : IEthernetLinkClient, IDisposable
{
    private const byte Role = 0x30;
    private const ushort RouterLifetimeSeconds = 1800;
    private readonly LabSwitchPort _port;
    private readonly LabRouterDefinition _definition;
    private readonly NetMac _mac;
    private readonly IPAddress _linkLocal;

    internal LabRouter(LabWorld world, LabRouterDefinition definition)
    {
        _definition = definition;
        Scheduler = world.Scheduler;
        _mac = LabWorld.ServerMac(Role, 0);
        _linkLocal = IPv6Addressing.LinkLocal(_mac);
        _port = world.AddServerPort("router");
        _port.Attach(this);
    }

    /// <inheritdoc />
    public StackScheduler Scheduler { get; }

    /// <inheritdoc />
    public LinkSpeeds SupportedSpeeds => LinkSpeeds.Speed10Gbps;

    /// <summary>Router solicitations answered so far.</summary>
    public int SolicitationsAnswered { get; private set; }

    /// <inheritdoc />
    public void OnLinkStatusChanged(LinkStatus status)
    {
    }

    /// <inheritdoc />
    public void OnFrameReceived(ReadOnlySpan<byte> frame, ReceivedFrameFlags flags)
    {
        if (!_definition.Answers || !IsRouterSolicitation(frame, out var requester))
        {
            return;
        }
        SolicitationsAnswered++;
        _port.Transmit(Advertisement(requester));
    }

    /// <summary>Disconnects from the switch.</summary>
    public void Dispose() => _port.Detach(this);

    private static bool IsRouterSolicitation(ReadOnlySpan<byte> frame, out NetMac requester)
    {
        requester = default;
        try
        {
            var ethernet = EthernetHeader.Decode(frame, out var offset);
            if (ethernet.EtherType != EtherType.IPv6)
            {
                return false;
            }
            var packet = frame[offset..];
            var ip = IPv6Header.Decode(packet);
            if (ip.NextHeader != IPProtocol.Icmpv6 || packet.Length < IPv6Header.Length + Icmpv6Header.Length)
            {
                return false;
            }
            var message = packet.Slice(IPv6Header.Length, Math.Min(ip.PayloadLength, packet.Length - IPv6Header.Length));
            var icmp = Icmpv6Header.Decode(message, ip.Source, ip.Destination);
            requester = ethernet.Source;
            return icmp.Type == Icmpv6Type.RouterSolicitation;
        }
        catch (WireFormatException)
        {
            return false; // not for the router: anything unreadable is simply not a solicitation
        }
    }

    private byte[] Advertisement(NetMac requester)
    {
        var ra = new RouterAdvertisement
        {
            CurrentHopLimit = IPv6Header.DefaultHopLimit,
            ManagedAddressConfiguration = _definition.Managed,
            OtherConfiguration = _definition.Managed,
            RouterLifetime = RouterLifetimeSeconds,
            Options = new NdOptions
            {
                SourceLinkLayerAddress = _mac,
                Prefixes =
                [
                    new PrefixInformation
                    {
                        Prefix = new IPPrefix(_definition.Prefix, _definition.PrefixLength).Network,
                        PrefixLength = (byte)_definition.PrefixLength,
                        OnLink = true,
                        Autonomous = _definition.Autonomous,
                        ValidLifetime = 86_400,
                        PreferredLifetime = 14_400,
                    },
                ],
            },
        };
        var ethernet = new EthernetHeader { Destination = requester, Source = _mac, EtherType = EtherType.IPv6 };
        var messageLength = ra.GetEncodedLength();
        var frame = new byte[Math.Max(EthernetHeader.MinimumFrameLength, ethernet.GetEncodedLength() + IPv6Header.Length + messageLength)];
        var offset = ethernet.WriteTo(frame);
        // Neighbor discovery messages carry hop limit 255 so receivers know they were not forwarded (RFC 4861 §6.1.2).
        offset += new IPv6Header
        {
            PayloadLength = messageLength,
            NextHeader = IPProtocol.Icmpv6,
            HopLimit = 255,
            Source = _linkLocal,
            Destination = IPv6Addressing.AllNodes,
        }.WriteTo(frame.AsSpan(offset));
        ra.WriteTo(frame.AsSpan(offset), _linkLocal, IPv6Addressing.AllNodes);
        return frame;
    }
}
