namespace FlexFabricSim.Net.Dhcp6;

/// <summary>DHCPv6 message types (RFC 8415 §7.3); values are wire values.</summary>
public enum Dhcp6MessageType : byte
{
    /// <summary>Client multicast to locate servers.</summary>
    Solicit = 1,

    /// <summary>Server answer to a Solicit, saying it can serve the client.</summary>
    Advertise = 2,

    /// <summary>Client request for addresses and parameters from one server.</summary>
    Request = 3,

    /// <summary>Client check that its addresses still suit the link.</summary>
    Confirm = 4,

    /// <summary>Client extension of its lease with the server that gave it.</summary>
    Renew = 5,

    /// <summary>Client extension of its lease with any server.</summary>
    Rebind = 6,

    /// <summary>Server reply carrying the assigned addresses and parameters.</summary>
    Reply = 7,

    /// <summary>Client gives addresses back.</summary>
    Release = 8,

    /// <summary>Client says an address is already in use.</summary>
    Decline = 9,

    /// <summary>Server asks the client to renew or fetch information.</summary>
    Reconfigure = 10,

    /// <summary>Client asks for parameters only.</summary>
    InformationRequest = 11,

    /// <summary>Relay agent to server (relay message format).</summary>
    RelayForward = 12,

    /// <summary>Server to relay agent (relay message format).</summary>
    RelayReply = 13,
}
