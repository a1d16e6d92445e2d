namespace FlexFabricSim.Testing;

/// <summary>SPEC "Stable key names", copied by hand once: the device catalog and the CLI's JSON must hold exactly these.</summary>
public static class SpecStableKeys
{
    /// <summary>Every key SPEC lists, in SPEC's order.</summary>
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
}
