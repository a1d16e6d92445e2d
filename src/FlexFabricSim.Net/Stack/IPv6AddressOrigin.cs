namespace FlexFabricSim.Net.Stack;

/// <summary>Where an IPv6 address came from (iBFT "origin" is built from this).</summary>
public enum IPv6AddressOrigin
{
    /// <summary>fe80::/64 plus the MAC's interface identifier.</summary>
    LinkLocal,

    /// <summary>Stateless autoconfiguration from a router's prefix (RFC 4862).</summary>
    Autoconfigured,

    /// <summary>Configured by hand (NVRAM static address).</summary>
    Static,

    /// <summary>Set by a DHCPv6 client.</summary>
    Dhcp,
}
