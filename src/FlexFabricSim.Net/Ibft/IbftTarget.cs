using System.Net;
using FlexFabricSim.Net.RootPaths;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Ibft;

/// <summary>The iBFT target structure's values (iBFT §3.7).</summary>
public sealed record IbftTarget
{
    /// <summary>The target portal's IP address.</summary>
    public IPAddress? Address { get; init; }

    /// <summary>The target portal's TCP port.</summary>
    public ushort Port { get; init; } = RootPath.DefaultPort;

    /// <summary>The boot LUN, 8 bytes in SAM order.</summary>
    public ScsiLun Lun { get; init; }

    /// <summary>The CHAP type.</summary>
    public IbftChapType ChapType { get; init; }

    /// <summary>Index of the NIC structure used to reach the target.</summary>
    public byte NicIndex { get; init; }

    /// <summary>The target's iSCSI name.</summary>
    public string? TargetName { get; init; }

    /// <summary>The CHAP user name the initiator sends.</summary>
    public string? ChapName { get; init; }

    /// <summary>The CHAP secret the initiator uses.</summary>
    public string? ChapSecret { get; init; }

    /// <summary>The CHAP user name the target sends (mutual CHAP).</summary>
    public string? ReverseChapName { get; init; }

    /// <summary>The CHAP secret the target uses (mutual CHAP).</summary>
    public string? ReverseChapSecret { get; init; }

    /// <summary>Flag bit 0: the structure holds valid data.</summary>
    public bool BlockValid { get; init; } = true;

    /// <summary>Flag bit 1: the firmware booted from this target.</summary>
    public bool FirmwareBootSelected { get; init; } = true;

    /// <summary>Flag bit 2: CHAP credentials come from a RADIUS server.</summary>
    public bool UseRadiusChap { get; init; }

    /// <summary>Flag bit 3: reverse CHAP credentials come from a RADIUS server.</summary>
    public bool UseRadiusReverseChap { get; init; }
}
