namespace FlexFabricSim.Net.Dhcp;

/// <summary>Why a DHCP client or server ignored a datagram: logged, counted, never thrown into the boot engine (style anchor G4).</summary>
public enum DhcpDropReason
{
    /// <summary>The bytes are not a well-formed message (the decoder's reason is in the event's detail).</summary>
    Malformed,

    /// <summary>A client saw a request, or a server saw a reply.</summary>
    WrongDirection,

    /// <summary>The transaction id is not the one of the exchange in progress.</summary>
    WrongTransactionId,

    /// <summary>DHCPv4: chaddr is not this port's MAC.</summary>
    WrongClientHardwareAddress,

    /// <summary>DHCPv6: the Client Identifier is missing or is not this client's DUID.</summary>
    WrongClientId,

    /// <summary>A message type the current state does not expect (an ACK while selecting, an OFFER while requesting).</summary>
    UnexpectedMessageType,

    /// <summary>The reply lacks the server identifier RFC 2131 §4.3.1 / RFC 8415 §16 require.</summary>
    MissingServerIdentifier,

    /// <summary>The reply comes from another server than the one the client chose.</summary>
    WrongServer,

    /// <summary>An offer or advertise without a usable address (yiaddr 0.0.0.0, no IA address, NoAddrsAvail).</summary>
    NoAddress,
}
