namespace FlexFabricSim.Boot.Os;

/// <summary>
/// The state of the installed OS that decides the guide's outcomes: driver versions, registry values, link speed set in
/// the OS, teaming, which Linux initrd. Defaults describe a correctly prepared system.
/// </summary>
public sealed record OsInputs
{
    /// <summary>A system prepared as the guide says.</summary>
    public static OsInputs Prepared { get; } = new();

    /// <summary>Version of the Broadcom Virtual Bus Device (VBD, evbd) driver; the offload path needs 5.0 or later (T1).</summary>
    public Version VirtualBusDeviceDriver { get; init; } = new(7, 8);

    /// <summary>Whether the OIS (offload iSCSI, bxois) driver is installed (T1).</summary>
    public bool OisDriverInstalled { get; init; } = true;

    /// <summary><c>HKLM\SYSTEM\CurrentControlSet\Services\bxois\StartOverride</c>: 3 keeps BXOIS from loading (T3); 0 lets it.</summary>
    public int BxoisStartOverride { get; init; }

    /// <summary>The boot port's speed as set in the OS (BACS), in Mb/s; null keeps the speed the link came up at (T2).</summary>
    public int? OsLinkSpeedMbps { get; init; }

    /// <summary>Whether the boot-path adapter is in a team (G p.25).</summary>
    public bool TeamingOnBootAdapter { get; init; }

    /// <summary>Which initrd a Linux system boots (G p.14).</summary>
    public LinuxInitrd LinuxInitrd { get; init; } = LinuxInitrd.MatchingHbaBootMode;
}
