namespace FlexFabricSim.Net.Dhcp4;

/// <summary>The DHCP message type carried in option 53 (RFC 2132 §9.6); values are wire values.</summary>
public enum Dhcp4MessageType : byte
{
    /// <summary>Client broadcast to locate servers.</summary>
    Discover = 1,

    /// <summary>Server offer of an address and parameters.</summary>
    Offer = 2,

    /// <summary>Client request for the offered address (or to extend a lease).</summary>
    Request = 3,

    /// <summary>Client tells the server the address is already in use.</summary>
    Decline = 4,

    /// <summary>Server acknowledges the request with the committed parameters.</summary>
    Ack = 5,

    /// <summary>Server refuses the request.</summary>
    Nak = 6,

    /// <summary>Client gives the address back.</summary>
    Release = 7,

    /// <summary>Client asks for parameters only, having an address already.</summary>
    Inform = 8,
}
