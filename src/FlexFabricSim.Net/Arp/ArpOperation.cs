namespace FlexFabricSim.Net.Arp;

/// <summary>ARP operation codes (RFC 826); values are wire values.</summary>
public enum ArpOperation : ushort
{
    /// <summary>Who has the target protocol address?</summary>
    Request = 1,

    /// <summary>The sender has the target's protocol address.</summary>
    Reply = 2,
}
