namespace FlexFabricSim.Net.Links;

/// <summary>Configuration of one lab switch port: speeds, VLAN membership, cable latency and faults.</summary>
public sealed record LabPortOptions
{
    /// <summary>The port's name; default "portN".</summary>
    public string? Name { get; init; }

    /// <summary>Speeds the switch port supports; the link comes up at the fastest speed the host's medium also supports.</summary>
    public LinkSpeeds Speeds { get; init; } = LinkSpeeds.Any;

    /// <summary>Access or trunk.</summary>
    public VlanMode VlanMode { get; init; } = VlanMode.Access;

    /// <summary>The VLAN of an access port.</summary>
    public ushort AccessVlan { get; init; } = 1;

    /// <summary>VLANs a trunk carries tagged; null = all.</summary>
    public IReadOnlySet<ushort>? TrunkVlans { get; init; }

    /// <summary>The VLAN untagged frames on a trunk belong to; null = untagged frames are dropped.</summary>
    public ushort? NativeVlan { get; init; } = 1;

    /// <summary>Propagation plus switching latency of the cable, each way.</summary>
    public TimeSpan Latency { get; init; } = TimeSpan.FromMicroseconds(1);

    /// <summary>Faults injected on this port's cable.</summary>
    public LinkFaults Faults { get; init; } = LinkFaults.None;
}
