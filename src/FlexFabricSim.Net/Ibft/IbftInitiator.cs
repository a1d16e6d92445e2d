using System.Net;

namespace FlexFabricSim.Net.Ibft;

/// <summary>The iBFT initiator structure's values (iBFT §3.5).</summary>
public sealed record IbftInitiator
{
    /// <summary>The initiator's iSCSI name (IQN), or null when none is published.</summary>
    public string? Name { get; init; }

    /// <summary>The iSNS server; null when none.</summary>
    public IPAddress? IsnsServer { get; init; }

    /// <summary>The SLP server; null when none.</summary>
    public IPAddress? SlpServer { get; init; }

    /// <summary>The primary RADIUS server; null when none.</summary>
    public IPAddress? PrimaryRadiusServer { get; init; }

    /// <summary>The secondary RADIUS server; null when none.</summary>
    public IPAddress? SecondaryRadiusServer { get; init; }

    /// <summary>Flag bit 0: the structure holds valid data.</summary>
    public bool BlockValid { get; init; } = true;

    /// <summary>Flag bit 1: the firmware booted using this initiator.</summary>
    public bool FirmwareBootSelected { get; init; } = true;
}
