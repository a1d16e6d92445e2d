namespace FlexFabricSim.Net.Dhcp6;

/// <summary>DHCPv6 status codes (RFC 8415 §21.13); values are wire values.</summary>
public enum Dhcp6StatusCode : ushort
{
    /// <summary>Success.</summary>
    Success = 0,

    /// <summary>Failure, reason unspecified.</summary>
    UnspecFail = 1,

    /// <summary>The server has no addresses for the IA.</summary>
    NoAddrsAvail = 2,

    /// <summary>The client's binding is unknown to the server.</summary>
    NoBinding = 3,

    /// <summary>The prefix is not right for the client's link.</summary>
    NotOnLink = 4,

    /// <summary>The client must use multicast to reach the server.</summary>
    UseMulticast = 5,

    /// <summary>The server has no prefixes for the IA_PD.</summary>
    NoPrefixAvail = 6,
}
