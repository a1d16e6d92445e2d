namespace FlexFabricSim.Boot.Lab;

/// <summary>The switch port the adapter is cabled to: its speed, VLAN membership and injected faults.</summary>
public sealed record LabPortDefinition
{
    /// <summary>The port's speed.</summary>
    public LabPortSpeed Speed { get; init; } = LabPortSpeed.Gbps10;

    /// <summary>The VLAN untagged frames belong to on this port (1 unless set).</summary>
    public int UntaggedVlan { get; init; } = 1;

    /// <summary>The VLANs whose tagged frames the port carries (a trunk); empty for an access port.</summary>
    public IReadOnlyList<int> TaggedVlans { get; init; } = [];

    /// <summary>Faults injected on the port's link.</summary>
    public LabLinkFaults Faults { get; init; } = new();
}
