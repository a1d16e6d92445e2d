using System.Net;

namespace FlexFabricSim.Boot.Lab;

/// <summary>An iSCSI target host on the lab network: its portal, name, CHAP accounts, LUNs and faults.</summary>
public sealed record LabTargetDefinition
{
    /// <summary>The target's iSCSI name.</summary>
    public required string Name { get; init; }

    /// <summary>The portal address (IPv4 or IPv6).</summary>
    public required IPAddress Address { get; init; }

    /// <summary>The portal's TCP port.</summary>
    public int Port { get; init; } = 3260;

    /// <summary>The account initiators must authenticate with (CHAP); null lets any initiator in with AuthMethod None.</summary>
    public LabChapAccount? Chap { get; init; }

    /// <summary>The account the target answers mutual CHAP with; null refuses mutual CHAP.</summary>
    public LabChapAccount? MutualChap { get; init; }

    /// <summary>The logical units.</summary>
    public IReadOnlyList<LabLunDefinition> Luns { get; init; } = [];

    /// <summary>Faults the target injects.</summary>
    public LabTargetFaults Faults { get; init; } = new();
}
