namespace FlexFabricSim.Boot.Lab;

/// <summary>
/// The simulated world a boot runs in, as a lab file describes it: the switch port the adapter is cabled to, the DHCP
/// servers and router on the lab network, and the iSCSI targets with their disks and faults.
/// </summary>
public sealed record LabDefinition
{
    /// <summary>A short name for logs and the ladder's title.</summary>
    public string Name { get; init; } = "lab";

    /// <summary>The switch port the adapter's port is cabled to.</summary>
    public LabPortDefinition Port { get; init; } = new();

    /// <summary>The lab network the servers sit on (its VLAN).</summary>
    public LabNetworkDefinition Network { get; init; } = new();

    /// <summary>The DHCPv4 server, if the lab has one.</summary>
    public LabDhcp4Definition? Dhcp4 { get; init; }

    /// <summary>The DHCPv6 server, if the lab has one.</summary>
    public LabDhcp6Definition? Dhcp6 { get; init; }

    /// <summary>The IPv6 router sending advertisements, if the lab has one.</summary>
    public LabRouterDefinition? Router { get; init; }

    /// <summary>The iSCSI targets.</summary>
    public IReadOnlyList<LabTargetDefinition> Targets { get; init; } = [];
}
