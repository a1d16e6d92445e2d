namespace FlexFabricSim.Device.Catalog;

/// <summary>How an adapter sits in the server (G p.4).</summary>
public enum FormFactor
{
    /// <summary>Blade mezzanine card.</summary>
    Mezzanine,

    /// <summary>FlexibleLOM for rack servers (FLR).</summary>
    FlexibleLomRack,

    /// <summary>FlexibleLOM for blade servers (FLB).</summary>
    FlexibleLomBlade,

    /// <summary>Stand-up PCI Express card.</summary>
    PciExpressCard,
}
