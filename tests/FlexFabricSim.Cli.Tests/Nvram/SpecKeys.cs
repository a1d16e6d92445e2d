namespace FlexFabricSim.Cli.Tests.Nvram;

/// <summary>SPEC "Stable key names" (shared list) and their factory defaults on an SFP+ card (the CLI must list exactly these).</summary>
internal static class SpecKeys
{
    public static readonly string[] All = FlexFabricSim.Testing.SpecStableKeys.All;

    /// <summary>Defaults of the editable fields on an SFP+ card under IPv4 (SPEC: the first value listed).</summary>
    public static readonly (string Key, string Default)[] Defaults =
    [
        ("adapter.multi-function-mode", "single-function"), ("npar.flow-control", "auto"), ("npar.ethernet", "enabled"),
        ("npar.relative-bandwidth-weight", "0"),
        ("mba.option-rom", "enabled"), ("mba.boot-protocol", "pxe"), ("mba.boot-strap-type", "auto-detect"),
        ("mba.hide-setup-prompt", "disabled"), ("mba.setup-key-stroke", "ctrl-s"), ("mba.banner-message-timeout", "5"),
        ("mba.link-speed", "10gbps"), ("mba.pre-boot-wol", "disabled"), ("mba.vlan-mode", "disabled"), ("mba.vlan-id", "1"),
        ("mba.boot-retry-count", "0"),
        ("iscsi.general.tcpip-via-dhcp", "enabled"), ("iscsi.general.ip-autoconfiguration", "enabled"), ("iscsi.general.iscsi-via-dhcp",
            "enabled"),
        ("iscsi.general.chap-authentication", "disabled"), ("iscsi.general.boot-to-target", "enabled"),
        ("iscsi.general.dhcp-vendor-id", "BRCM ISAN"), ("iscsi.general.link-up-delay", "0"), ("iscsi.general.tcp-timestamp", "disabled"),
        ("iscsi.general.target-as-first-hdd", "disabled"), ("iscsi.general.lun-busy-retry-count", "0"), ("iscsi.general.ip-version",
            "ipv4"),
        ("iscsi.general.hba-boot-mode", "disabled"),
        ("iscsi.initiator.ip-address", "0.0.0.0"), ("iscsi.initiator.subnet-mask", "0.0.0.0"), ("iscsi.initiator.iscsi-name", ""),
        ("iscsi.initiator.chap-secret", ""),
        ("iscsi.target1.connect", "disabled"), ("iscsi.target1.tcp-port", "3260"), ("iscsi.target1.boot-lun", "0"),
        ("iscsi.target2.tcp-port", "3260"),
        ("iscsi.secondary.device-mac", "00:00:00:00:00:00"), ("iscsi.secondary.independent-target-portal", "disabled"),
    ];
}
