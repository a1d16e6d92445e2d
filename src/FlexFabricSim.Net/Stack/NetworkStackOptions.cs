using System.Net;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Links;
using FlexFabricSim.Net.Tcp;

namespace FlexFabricSim.Net.Stack;

/// <summary>Everything that makes one host's stack what it is: its MAC, VLAN, addresses and the behaviours NVRAM settings control.</summary>
/// <remarks>The stack knows nothing of the adapter: the boot engine maps NVRAM fields (VLAN Mode/ID, Use TCP Timestamp, IP
/// Autoconfiguration, Link Up Delay, media) onto these values.</remarks>
public sealed record NetworkStackOptions
{
    /// <summary>The host's MAC address (the port's MAC for an adapter).</summary>
    public required MacAddress Mac { get; init; }

    /// <summary>A name for events and logs; default the MAC.</summary>
    public string? Name { get; init; }

    /// <summary>Tag every frame with this VLAN and accept only frames tagged with it (NVRAM VLAN Mode/ID); null = untagged.</summary>
    public ushort? VlanId { get; init; }

    /// <summary>802.1p priority for tagged frames.</summary>
    public byte VlanPriority { get; init; }

    /// <summary>Speeds the host's medium supports: SFP+ 10 Gb/s only; backplane 1 and 10 Gb/s (G p.26, T5).</summary>
    public LinkSpeeds SupportedSpeeds { get; init; } = LinkSpeeds.Any;

    /// <summary>How long to wait after link-up before the first frame (NVRAM Link Up Delay Time, 0-255 s, G p.5).</summary>
    public TimeSpan LinkUpDelay { get; init; }

    /// <summary>The link MTU (IP packet size); MSS follows from it.</summary>
    public int Mtu { get; init; } = 1500;

    /// <summary>A static IPv4 address and prefix; null until configured (for example by DHCP through <see cref="NetworkStack.ConfigureIPv4"/>).</summary>
    public IPPrefix? IPv4Address { get; init; }

    /// <summary>The IPv4 default gateway.</summary>
    public IPAddress? IPv4Gateway { get; init; }

    /// <summary>Whether IPv6 runs at all (a link-local address from the MAC, answers to ND and ping).</summary>
    public bool EnableIPv6 { get; init; } = true;

    /// <summary>Send router solicitations and build SLAAC addresses from advertised prefixes (NVRAM IP Autoconfiguration).</summary>
    public bool IPv6Autoconfiguration { get; init; }

    /// <summary>A static IPv6 address and prefix.</summary>
    public IPPrefix? IPv6Address { get; init; }

    /// <summary>A static IPv6 default gateway.</summary>
    public IPAddress? IPv6Gateway { get; init; }

    /// <summary>Router solicitations sent when autoconfiguring (the card: up to 3, G p.5).</summary>
    public int RouterSolicitationCount { get; init; } = 3;

    /// <summary>Time between router solicitations (the card: 4 s, G p.5; RFC 4861 uses 4 s too).</summary>
    public TimeSpan RouterSolicitationInterval { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>Neighbour solicitations sent for duplicate address detection; 0 disables it (RFC 4862 §5.1: 1).</summary>
    public int DuplicateAddressDetectionTransmits { get; init; } = 1;

    /// <summary>How long a resolved ARP or neighbour entry is used without confirmation (RFC 4861 REACHABLE_TIME: 30 s).</summary>
    public TimeSpan NeighborReachableTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Time between address resolution attempts (RFC 4861 RETRANS_TIMER: 1 s).</summary>
    public TimeSpan NeighborRetransmitInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Resolution attempts before giving up on a neighbour (RFC 4861 MAX_MULTICAST_SOLICIT: 3).</summary>
    public int NeighborSolicitations { get; init; } = 3;

    /// <summary>Packets kept per neighbour while it is being resolved; older ones are dropped first.</summary>
    public int NeighborPendingLimit { get; init; } = 64;

    /// <summary>TCP settings.</summary>
    public TcpSettings Tcp { get; init; } = new();

    /// <summary>Seed for ISNs, ephemeral ports and ping ids; null = random. The lab derives one from the MAC so runs repeat.</summary>
    public int? RandomSeed { get; init; }
}
