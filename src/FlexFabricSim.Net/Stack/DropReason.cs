namespace FlexFabricSim.Net.Stack;

/// <summary>Why the stack dropped a received frame; every frame is either delivered or counted under exactly one reason.</summary>
public enum DropReason
{
    /// <summary>Not dropped (the frame was delivered to a protocol handler).</summary>
    None = 0,

    /// <summary>Longer than the link's largest frame.</summary>
    FrameTooLong,

    /// <summary>The Ethernet header did not decode (see <see cref="StackCounters.FormatRejects"/> for the exact reason).</summary>
    MalformedEthernet,

    /// <summary>Addressed to another MAC, or to a multicast group the host has not joined.</summary>
    NotForThisHost,

    /// <summary>Tagged for another VLAN, or untagged while the host tags its frames (or the reverse).</summary>
    VlanMismatch,

    /// <summary>An EtherType the stack does not speak (or IPv6 while IPv6 is disabled).</summary>
    UnknownEtherType,

    /// <summary>The ARP packet did not decode.</summary>
    MalformedArp,

    /// <summary>An ARP request for someone else's address.</summary>
    ArpNotForThisHost,

    /// <summary>The IPv4 header did not decode (bad checksum, fragment, lengths).</summary>
    MalformedIPv4,

    /// <summary>An IPv4 datagram for another address.</summary>
    IPv4NotForThisHost,

    /// <summary>A source address no host may use (broadcast, multicast, loopback, our own).</summary>
    InvalidSourceAddress,

    /// <summary>An IP protocol the stack does not speak.</summary>
    UnknownProtocol,

    /// <summary>The ICMPv4 message did not decode.</summary>
    MalformedIcmp,

    /// <summary>An ICMP or ICMPv6 message the host has nothing to do with (errors, redirects, unknown types, unsolicited replies).</summary>
    IcmpIgnored,

    /// <summary>The IPv6 header or extension headers did not decode (or carried a fragment).</summary>
    MalformedIPv6,

    /// <summary>An IPv6 packet for another address.</summary>
    IPv6NotForThisHost,

    /// <summary>The ICMPv6 message did not decode (bad checksum, truncated, bad ND options).</summary>
    MalformedIcmpv6,

    /// <summary>A Neighbor Discovery message failing RFC 4861 validity checks (hop limit not 255, wrong source, bad target).</summary>
    InvalidNeighborDiscovery,

    /// <summary>The UDP header did not decode.</summary>
    MalformedUdp,

    /// <summary>No socket on the destination port (ICMP port unreachable sent for unicast).</summary>
    UdpNoListener,

    /// <summary>The socket's receive queue was full.</summary>
    UdpReceiveQueueFull,

    /// <summary>The TCP header did not decode.</summary>
    MalformedTcp,

    /// <summary>No connection or listener for the segment (RST sent unless it was a RST).</summary>
    TcpNoConnection,

    /// <summary>A SYN for a listener whose backlog is full.</summary>
    TcpListenBacklogFull,

    /// <summary>A segment outside the receive window, an unacceptable ACK or a stale timestamp (an ACK is sent where RFC 9293 says so).</summary>
    TcpUnacceptable,

    /// <summary>A segment with nothing new: every byte was already received.</summary>
    TcpDuplicate,
}
