namespace FlexFabricSim.Device.Catalog;

/// <summary>The adapters the simulator models (G p.4); the numeric values are the model codes stored in firmware images.</summary>
public enum AdapterModel : ushort
{
    /// <summary>HP FlexFabric 10Gb 2-port 534M Adapter (mezzanine, backplane KR).</summary>
    Hp534M = 1,

    /// <summary>HP FlexFabric 10Gb 2-port 534FLR-SFP+ Adapter (FlexibleLOM rack, SFP+).</summary>
    Hp534FlrSfp = 2,

    /// <summary>HP FlexFabric 10Gb 2-port 534FLB Adapter (FlexibleLOM blade, backplane KR).</summary>
    Hp534Flb = 3,

    /// <summary>HP StoreFabric CN1100R 2-port CNA (PCIe card, SFP+).</summary>
    Cn1100R = 4,
}
