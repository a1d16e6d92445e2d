namespace FlexFabricSim.Device.Nvram;

/// <summary>The Multi-Function (NPAR) settings of one function, typed (B, D).</summary>
/// <param name="Ethernet">Ethernet protocol.</param>
/// <param name="IscsiOffload">iSCSI offload protocol.</param>
/// <param name="FcoeOffload">FCoE offload protocol.</param>
/// <param name="RelativeBandwidthWeight">Relative Bandwidth Weight, 0-100.</param>
/// <param name="MaximumBandwidth">Maximum Bandwidth, 0-100 % of the port.</param>
public sealed record NparFunctionSettings(
    bool Ethernet,
    bool IscsiOffload,
    bool FcoeOffload,
    int RelativeBandwidthWeight,
    int MaximumBandwidth)
{
    internal static NparFunctionSettings From(Func<string, string> get) => new(
        Choices.IsEnabled(get(FieldKeys.Npar.Ethernet)),
        Choices.IsEnabled(get(FieldKeys.Npar.IscsiOffload)),
        Choices.IsEnabled(get(FieldKeys.Npar.FcoeOffload)),
        StoredValue.Int(get(FieldKeys.Npar.RelativeBandwidthWeight)),
        StoredValue.Int(get(FieldKeys.Npar.MaximumBandwidth)));
}
