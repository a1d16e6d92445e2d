namespace FlexFabricSim.Net.Ibft;

/// <summary>Where the NIC's address prefix came from: Windows' NL_PREFIX_ORIGIN, which iBFT §3.6 uses; values are wire values.</summary>
public enum IbftAddressOrigin : byte
{
    /// <summary>Another source.</summary>
    Other = 0,

    /// <summary>Configured by hand: the static screens (G p.7).</summary>
    Manual = 1,

    /// <summary>A well-known prefix: an IPv6 link-local address (fe80::/64).</summary>
    WellKnown = 2,

    /// <summary>Learned by DHCP (G p.8).</summary>
    Dhcp = 3,

    /// <summary>Learned from an IPv6 Router Advertisement (stateless autoconfiguration).</summary>
    RouterAdvertisement = 4,

    /// <summary>Left unchanged (NL_PREFIX_ORIGIN's IpPrefixOriginUnchangedValue).</summary>
    Unchanged = 16,
}
