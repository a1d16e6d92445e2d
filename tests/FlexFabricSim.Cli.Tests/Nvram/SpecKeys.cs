namespace FlexFabricSim.Cli.Tests.Nvram;

/// <summary>SPEC "Stable key names" and their factory defaults, copied by hand (the CLI must list exactly these).</summary>
internal static class SpecKeys
{
    public static readonly string[] All =
    [
        "adapter.multi-function-mode",
        "mac.ethernet", "mac.iscsi",
        "npar.flow-control", "npar.ethernet", "npar.iscsi-offload", "npar.fcoe-offload", "npar.relative-bandwidth-weight",
            "npar.maximum-bandwidth",
        "rom.iscsi-boot-firmware", "rom.mba-version", "rom.iscsi-boot-version",
        "mba.option-rom", "mba.boot-protocol", "mba.boot-strap-type", "mba.hide-setup-prompt", "mba.setup-key-stroke",
        "mba.banner-message-timeout", "mba.link-speed", "mba.pre-boot-wol", "mba.vlan-mode", "mba.vlan-id", "mba.boot-retry-count",
        "iscsi.general.tcpip-via-dhcp", "iscsi.general.ip-autoconfiguration", "iscsi.general.iscsi-via-dhcp",
        "iscsi.general.chap-authentication", "iscsi.general.boot-to-target", "iscsi.general.dhcp-vendor-id",
        "iscsi.general.link-up-delay", "iscsi.general.tcp-timestamp", "iscsi.general.target-as-first-hdd",
        "iscsi.general.lun-busy-retry-count", "iscsi.general.ip-version", "iscsi.general.hba-boot-mode",
        "iscsi.initiator.ip-address", "iscsi.initiator.subnet-mask", "iscsi.initiator.default-gateway", "iscsi.initiator.primary-dns",
        "iscsi.initiator.secondary-dns", "iscsi.initiator.iscsi-name", "iscsi.initiator.chap-id", "iscsi.initiator.chap-secret",
        "iscsi.target1.connect", "iscsi.target1.ip-address", "iscsi.target1.tcp-port", "iscsi.target1.boot-lun",
        "iscsi.target1.iscsi-name", "iscsi.target1.chap-id", "iscsi.target1.chap-secret",
        "iscsi.target2.connect", "iscsi.target2.ip-address", "iscsi.target2.tcp-port", "iscsi.target2.boot-lun",
        "iscsi.target2.iscsi-name", "iscsi.target2.chap-id", "iscsi.target2.chap-secret",
        "iscsi.secondary.device-mac", "iscsi.secondary.independent-target-portal", "iscsi.secondary.independent-target-name",
    ];

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
