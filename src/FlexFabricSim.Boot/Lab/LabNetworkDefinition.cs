namespace FlexFabricSim.Boot.Lab;

/// <summary>The lab network behind the adapter's switch port: the VLAN its servers and targets are on.</summary>
public sealed record LabNetworkDefinition
{
    /// <summary>The servers' VLAN (their ports are access ports in it).</summary>
    public int Vlan { get; init; } = 1;

    /// <summary>The IPv4 prefix length of the servers' addresses; null takes the DHCP server's subnet mask, else 24.</summary>
    public int? Ipv4PrefixLength { get; init; }
}
