using System.Net;
using FlexFabricSim.Net.Ethernet;

namespace FlexFabricSim.Boot.Ladder;

/// <summary>What the ladder needs from one captured frame, decoded: addresses, and what it carries.</summary>
internal sealed record LadderFrame(TimeSpan At, MacAddress SourceMac, IPAddress? Source, IPAddress? Destination, LadderPayload Payload);

/// <summary>The part of a frame the ladder shows.</summary>
internal abstract record LadderPayload;

/// <summary>A DHCPv4 or DHCPv6 message; <paramref name="FromServer"/> when sent from the server port.</summary>
internal sealed record DhcpPayload(string Label, bool FromServer, bool V6) : LadderPayload;

/// <summary>An ARP request for, or reply about, <paramref name="Address"/>.</summary>
internal sealed record ArpPayload(bool Request, IPAddress Address, MacAddress Sender) : LadderPayload;

/// <summary>ICMPv6 neighbor or router discovery; <paramref name="Address"/> is the NS/NA target.</summary>
internal sealed record NdPayload(string Label, IPAddress? Address, bool RouterMessage, bool FromRouter) : LadderPayload;

/// <summary>A TCP segment: ports, sequence number, flags and data.</summary>
internal sealed record TcpPayload(ushort SourcePort, ushort DestinationPort, uint Sequence, Net.Tcp.TcpFlags Flags, byte[] Data) : LadderPayload;
