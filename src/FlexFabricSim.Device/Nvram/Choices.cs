namespace FlexFabricSim.Device.Nvram;

/// <summary>
/// The value keys and labels of every choice field, in the card's menu order (SPEC; default first). Keys are the stable
/// lower-case-with-hyphens names scripts use ("Stable key names"); labels are what the menus show.
/// </summary>
public static class Choices
{
    /// <summary>The key of an enabled switch.</summary>
    public const string Enabled = "enabled";

    /// <summary>The key of a disabled switch.</summary>
    public const string Disabled = "disabled";

    /// <summary>Enabled first (the default).</summary>
    public static IReadOnlyList<FieldChoice> EnabledDisabled { get; } = [new(Enabled, "Enabled"), new(Disabled, "Disabled")];

    /// <summary>Disabled first (the default).</summary>
    public static IReadOnlyList<FieldChoice> DisabledEnabled { get; } = [new(Disabled, "Disabled"), new(Enabled, "Enabled")];

    /// <summary><c>adapter.multi-function-mode</c>.</summary>
    public static ChoiceMap<MultiFunctionMode> MultiFunctionMode { get; } = new(
        (Nvram.MultiFunctionMode.SingleFunction, "single-function", "Single Function"),
        (Nvram.MultiFunctionMode.MultiFunction, "multi-function", "Multi-Function"));

    /// <summary><c>rom.iscsi-boot-firmware</c>.</summary>
    public static ChoiceMap<IscsiBootFirmware> IscsiBootFirmware { get; } = new(
        (Nvram.IscsiBootFirmware.Present, "present", "Present"),
        (Nvram.IscsiBootFirmware.Absent, "absent", "Absent"));

    /// <summary><c>npar.flow-control</c>.</summary>
    public static ChoiceMap<FlowControl> FlowControl { get; } = new(
        (Nvram.FlowControl.Auto, "auto", "Auto"),
        (Nvram.FlowControl.Tx, "tx", "TX"),
        (Nvram.FlowControl.Rx, "rx", "RX"),
        (Nvram.FlowControl.TxRx, "tx-rx", "TX/RX"),
        (Nvram.FlowControl.None, "none", "None"));

    /// <summary><c>mba.boot-protocol</c> (G p.6; D spells the last one <c>NONE</c>).</summary>
    public static ChoiceMap<BootProtocol> BootProtocol { get; } = new(
        (Nvram.BootProtocol.Pxe, "pxe", "PXE"),
        (Nvram.BootProtocol.Iscsi, "iscsi", "iSCSI"),
        (Nvram.BootProtocol.Fcoe, "fcoe", "FCoE"),
        (Nvram.BootProtocol.None, "none", "None"));

    /// <summary><c>mba.boot-strap-type</c> (D).</summary>
    public static ChoiceMap<BootStrapType> BootStrapType { get; } = new(
        (Nvram.BootStrapType.AutoDetect, "auto-detect", "Auto Detect"),
        (Nvram.BootStrapType.Bbs, "bbs", "BBS"),
        (Nvram.BootStrapType.Int18h, "int18h", "Int 18h"),
        (Nvram.BootStrapType.Int19h, "int19h", "Int 19h"));

    /// <summary><c>mba.setup-key-stroke</c> (B).</summary>
    public static ChoiceMap<SetupKeyStroke> SetupKeyStroke { get; } = new(
        (Nvram.SetupKeyStroke.CtrlS, "ctrl-s", "Ctrl-S"),
        (Nvram.SetupKeyStroke.CtrlB, "ctrl-b", "Ctrl-B"));

    /// <summary><c>mba.link-speed</c>; the key for AutoNeg is <c>autoneg</c> (D's spelling, lower-cased).</summary>
    public static ChoiceMap<LinkSpeedSetting> LinkSpeed { get; } = new(
        (LinkSpeedSetting.AutoNeg, "autoneg", "AutoNeg"),
        (LinkSpeedSetting.OneGbps, "1gbps", "1Gbps"),
        (LinkSpeedSetting.TenGbps, "10gbps", "10Gbps"));

    /// <summary><c>iscsi.general.boot-to-target</c> (B, D).</summary>
    public static ChoiceMap<BootToTarget> BootToTarget { get; } = new(
        (Nvram.BootToTarget.Enabled, "enabled", "Enabled"),
        (Nvram.BootToTarget.Disabled, "disabled", "Disabled"),
        (Nvram.BootToTarget.OneTimeDisabled, "one-time-disabled", "One Time Disabled"));

    /// <summary><c>iscsi.general.ip-version</c>.</summary>
    public static ChoiceMap<IpVersion> IpVersion { get; } = new(
        (Nvram.IpVersion.Ipv4, "ipv4", "IPv4"),
        (Nvram.IpVersion.Ipv6, "ipv6", "IPv6"));

    /// <summary>The key of Boot Retry Count's last choice.</summary>
    public const string IndefiniteRetries = "indefinite";

    /// <summary><c>mba.boot-retry-count</c>: keys <c>0</c>-<c>6</c> and <c>indefinite</c> (D's labels).</summary>
    public static IReadOnlyList<FieldChoice> BootRetryCount { get; } =
    [
        new("0", "No Retry"), new("1", "1 Retry"), new("2", "2 Retries"), new("3", "3 Retries"),
        new("4", "4 Retries"), new("5", "5 Retries"), new("6", "6 Retries"), new(IndefiniteRetries, "Indefinite Retries"),
    ];

    /// <summary>Whether a switch's stored key means enabled.</summary>
    public static bool IsEnabled(string value) => value == Enabled;

    /// <summary>The stored key of a switch.</summary>
    public static string OfSwitch(bool enabled) => enabled ? Enabled : Disabled;
}
