using System.Net;
using FlexFabricSim.Net.Ethernet;

namespace FlexFabricSim.Net.Udp;

/// <summary>Overrides for one datagram: what DHCP needs beyond an ordinary socket (RFC 2131 §4.1).</summary>
public sealed record UdpSendOptions
{
    /// <summary>Source IP to put in the header, for example 0.0.0.0 from a client that has no address yet; null = the host's own.</summary>
    public IPAddress? SourceAddress { get; init; }

    /// <summary>Source MAC of the frame; null = the host's MAC.</summary>
    public MacAddress? SourceMac { get; init; }

    /// <summary>Destination MAC, skipping address resolution: a server answering a client's chaddr before it has an address.</summary>
    public MacAddress? DestinationMac { get; init; }
}
