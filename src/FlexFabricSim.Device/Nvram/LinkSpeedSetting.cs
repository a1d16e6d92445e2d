namespace FlexFabricSim.Device.Nvram;

/// <summary>The MBA Link Speed setting (D's spellings: AutoNeg, 1Gbps, 10Gbps).</summary>
public enum LinkSpeedSetting
{
    /// <summary>Autonegotiate (backplane models only).</summary>
    AutoNeg,

    /// <summary>Forced 1 Gb/s (backplane models only).</summary>
    OneGbps,

    /// <summary>Forced 10 Gb/s (the only setting on SFP+ models, G p.26 T5).</summary>
    TenGbps,
}
