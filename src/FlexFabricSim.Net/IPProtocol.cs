namespace FlexFabricSim.Net;

/// <summary>IP protocol numbers (IPv4 Protocol, IPv6 Next Header; IANA registry) the stack handles; values are wire values.</summary>
public enum IPProtocol : byte
{
    /// <summary>IPv6 Hop-by-Hop Options extension header (RFC 8200 §4.3).</summary>
    HopByHopOptions = 0,

    /// <summary>Internet Control Message Protocol (RFC 792).</summary>
    Icmp = 1,

    /// <summary>Transmission Control Protocol (RFC 9293).</summary>
    Tcp = 6,

    /// <summary>User Datagram Protocol (RFC 768).</summary>
    Udp = 17,

    /// <summary>IPv6 Routing extension header (RFC 8200 §4.4).</summary>
    Routing = 43,

    /// <summary>IPv6 Fragment extension header (RFC 8200 §4.5).</summary>
    Fragment = 44,

    /// <summary>ICMP for IPv6 (RFC 4443).</summary>
    Icmpv6 = 58,

    /// <summary>No next header (RFC 8200 §4.7).</summary>
    NoNextHeader = 59,

    /// <summary>IPv6 Destination Options extension header (RFC 8200 §4.6).</summary>
    DestinationOptions = 60,
}
