using FlexFabricSim.Device.Catalog;

namespace FlexFabricSim.Boot.Flow;

/// <summary>The link came up at <paramref name="Speed"/>.</summary>
public sealed record LinkReport(LinkSpeed Speed);
