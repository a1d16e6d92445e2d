namespace FlexFabricSim.Boot.Os;

/// <summary>Where the initiator's address came from, as the iBFT NIC structure's origin field records it.</summary>
public enum InitiatorAddressOrigin
{
    /// <summary>Typed in on the Initiator Parameters screen.</summary>
    Static,

    /// <summary>From DHCPv4 or DHCPv6.</summary>
    Dhcp,

    /// <summary>An IPv6 link-local address formed from the MAC.</summary>
    LinkLocal,

    /// <summary>An IPv6 address formed from a router's advertised prefix.</summary>
    RouterAdvertisement,
}
