namespace FlexFabricSim.Device.Catalog;

/// <summary>The physical attachment of an adapter's ports (G p.4, p.26 T5).</summary>
public enum PortMedia
{
    /// <summary>SFP+ cage: 10 Gb fixed, no autonegotiation (G p.26, T5).</summary>
    SfpPlus,

    /// <summary>Blade-enclosure backplane, 10GBASE-KR / 1000BASE-KX: autonegotiates 10 Gb or 1 Gb.</summary>
    BackplaneKr,
}
