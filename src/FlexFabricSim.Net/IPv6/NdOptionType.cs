namespace FlexFabricSim.Net.IPv6;

/// <summary>Neighbor Discovery option types (RFC 4861 §4.6); values are wire values.</summary>
public enum NdOptionType : byte
{
    /// <summary>Source link-layer address (§4.6.1).</summary>
    SourceLinkLayerAddress = 1,

    /// <summary>Target link-layer address (§4.6.1).</summary>
    TargetLinkLayerAddress = 2,

    /// <summary>Prefix information (§4.6.2).</summary>
    PrefixInformation = 3,

    /// <summary>Redirected header (§4.6.3).</summary>
    RedirectedHeader = 4,

    /// <summary>MTU (§4.6.4).</summary>
    Mtu = 5,

    /// <summary>Recursive DNS server (RFC 8106 §5.1); recognised, ignored pre-boot.</summary>
    RecursiveDnsServer = 25,
}
