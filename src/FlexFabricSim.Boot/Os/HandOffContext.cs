using System.Net;

using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Boot.Os;

/// <summary>
/// What the operating system finds when it takes over: the iBFT's contents as the OS reads them back, plus what the
/// table does not carry (the boot path HBA Boot Mode chose, the link speed, install or boot).
/// </summary>
public sealed record HandOffContext
{
    /// <summary>Offload or non-offload.</summary>
    public required IscsiPath Path { get; init; }

    /// <summary>Boot from the target, or the installer with the target published.</summary>
    public required OsPhase Phase { get; init; }

    /// <summary>The boot LUN from the iBFT target structure.</summary>
    public required ulong BootLun { get; init; }

    /// <summary>The initiator name from the iBFT.</summary>
    public required string InitiatorName { get; init; }

    /// <summary>The target name from the iBFT.</summary>
    public required string TargetName { get; init; }

    /// <summary>The initiator's address from the iBFT NIC structure.</summary>
    public required IPAddress InitiatorAddress { get; init; }

    /// <summary>Where that address came from.</summary>
    public required InitiatorAddressOrigin InitiatorOrigin { get; init; }

    /// <summary>The target portal's address and port.</summary>
    public required IPEndPoint TargetPortal { get; init; }

    /// <summary>The VLAN id from the iBFT NIC structure; null when untagged.</summary>
    public int? Vlan { get; init; }

    /// <summary>The link speed the port came up at, in Mb/s.</summary>
    public required int LinkSpeedMbps { get; init; }

    /// <summary>The MAC address the iBFT publishes for the NIC.</summary>
    public required string Mac { get; init; }

    /// <summary>Whether the session used CHAP.</summary>
    public bool Chap { get; init; }
}
