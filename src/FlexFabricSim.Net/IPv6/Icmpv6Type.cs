namespace FlexFabricSim.Net.IPv6;

/// <summary>ICMPv6 message types the stack sends or recognises (RFC 4443, RFC 4861); values are wire values.</summary>
public enum Icmpv6Type : byte
{
    /// <summary>Destination unreachable (code 4: port unreachable), RFC 4443 §3.1.</summary>
    DestinationUnreachable = 1,

    /// <summary>Packet too big, RFC 4443 §3.2.</summary>
    PacketTooBig = 2,

    /// <summary>Time exceeded, RFC 4443 §3.3.</summary>
    TimeExceeded = 3,

    /// <summary>Parameter problem, RFC 4443 §3.4.</summary>
    ParameterProblem = 4,

    /// <summary>Echo request, RFC 4443 §4.1.</summary>
    EchoRequest = 128,

    /// <summary>Echo reply, RFC 4443 §4.2.</summary>
    EchoReply = 129,

    /// <summary>Router solicitation, RFC 4861 §4.1.</summary>
    RouterSolicitation = 133,

    /// <summary>Router advertisement, RFC 4861 §4.2.</summary>
    RouterAdvertisement = 134,

    /// <summary>Neighbor solicitation, RFC 4861 §4.3.</summary>
    NeighborSolicitation = 135,

    /// <summary>Neighbor advertisement, RFC 4861 §4.4.</summary>
    NeighborAdvertisement = 136,

    /// <summary>Redirect, RFC 4861 §4.5 (recognised, ignored: a pre-boot host keeps its default router).</summary>
    Redirect = 137,
}
