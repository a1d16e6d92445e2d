namespace FlexFabricSim.Device.Catalog;

/// <summary>The fixed facts about one adapter model (G p.4; SPEC "Adapters").</summary>
/// <param name="Model">The model.</param>
/// <param name="Key">The model name as the guide writes it, e.g. <c>534FLR-SFP+</c>.</param>
/// <param name="DisplayName">The full product name, e.g. <c>HP FlexFabric 10Gb 2-port 534FLR-SFP+ Adapter</c>.</param>
/// <param name="FileStem">The file-name form, e.g. <c>534flr-sfp</c> (factory image <c>534flr-sfp.ffimg</c>).</param>
/// <param name="Chip">The controller, <c>BCM57810</c> for every model.</param>
/// <param name="PortCount">Physical ports.</param>
/// <param name="Media">How the ports attach.</param>
/// <param name="FormFactor">How the card sits in the server.</param>
/// <param name="SupportedSpeeds">Link speeds the media can run, fastest first.</param>
/// <param name="Autonegotiates">Whether the media negotiates its speed (SFP+ does not, G p.26 T5).</param>
/// <param name="MaxFunctionsPerPort">PCI functions per port in Multi-Function (NPAR) mode.</param>
public sealed record AdapterModelInfo(
    AdapterModel Model,
    string Key,
    string DisplayName,
    string FileStem,
    string Chip,
    int PortCount,
    PortMedia Media,
    FormFactor FormFactor,
    IReadOnlyList<LinkSpeed> SupportedSpeeds,
    bool Autonegotiates,
    int MaxFunctionsPerPort)
{
    /// <summary>Whether the media can run at <paramref name="speed"/>.</summary>
    public bool Supports(LinkSpeed speed) => SupportedSpeeds.Contains(speed);
}
