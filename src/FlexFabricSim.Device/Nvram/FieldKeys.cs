namespace FlexFabricSim.Device.Nvram;

/// <summary>The stable field keys (SPEC "Stable key names") as constants; add, never rename.</summary>
public static class FieldKeys
{
    /// <summary>Adapter-wide keys.</summary>
    public static class Adapter
    {
        /// <summary><c>single-function</c> or <c>multi-function</c>.</summary>
        public const string MultiFunctionMode = "adapter.multi-function-mode";
    }

    /// <summary>Read-only addresses, derived from the base MAC (<see cref="Catalog.MacPlan"/>).</summary>
    public static class Mac
    {
        /// <summary>The function's Ethernet (L2) MAC.</summary>
        public const string Ethernet = "mac.ethernet";

        /// <summary>The function's iSCSI (offload) MAC.</summary>
        public const string Iscsi = "mac.iscsi";
    }

    /// <summary>Read-only option ROM facts, set when an image is made.</summary>
    public static class Rom
    {
        /// <summary><c>present</c> or <c>absent</c>.</summary>
        public const string IscsiBootFirmware = "rom.iscsi-boot-firmware";

        /// <summary>The MBA (boot agent) version.</summary>
        public const string MbaVersion = "rom.mba-version";

        /// <summary>The iSCSI boot firmware version (empty when absent).</summary>
        public const string IscsiBootVersion = "rom.iscsi-boot-version";
    }

    /// <summary>Multi-Function (NPAR) configuration.</summary>
    public static class Npar
    {
        /// <summary>Per port.</summary>
        public const string FlowControl = "npar.flow-control";

        /// <summary>Per function: Ethernet protocol.</summary>
        public const string Ethernet = "npar.ethernet";

        /// <summary>Per function: iSCSI offload protocol.</summary>
        public const string IscsiOffload = "npar.iscsi-offload";

        /// <summary>Per function: FCoE offload protocol.</summary>
        public const string FcoeOffload = "npar.fcoe-offload";

        /// <summary>Per function: relative bandwidth weight 0-100.</summary>
        public const string RelativeBandwidthWeight = "npar.relative-bandwidth-weight";

        /// <summary>Per function: maximum bandwidth 0-100 (% of the port).</summary>
        public const string MaximumBandwidth = "npar.maximum-bandwidth";
    }

    /// <summary>MBA Configuration menu (G p.6).</summary>
    public static class Mba
    {
        /// <summary>Option ROM.</summary>
        public const string OptionRom = "mba.option-rom";

        /// <summary>Boot Protocol.</summary>
        public const string BootProtocol = "mba.boot-protocol";

        /// <summary>Boot Strap Type.</summary>
        public const string BootStrapType = "mba.boot-strap-type";

        /// <summary>Hide Setup Prompt.</summary>
        public const string HideSetupPrompt = "mba.hide-setup-prompt";

        /// <summary>Setup Key Stroke.</summary>
        public const string SetupKeyStroke = "mba.setup-key-stroke";

        /// <summary>Banner Message Timeout.</summary>
        public const string BannerMessageTimeout = "mba.banner-message-timeout";

        /// <summary>Link Speed.</summary>
        public const string LinkSpeed = "mba.link-speed";

        /// <summary>Pre-boot Wake On LAN.</summary>
        public const string PreBootWol = "mba.pre-boot-wol";

        /// <summary>VLAN Mode.</summary>
        public const string VlanMode = "mba.vlan-mode";

        /// <summary>VLAN ID (1..4094).</summary>
        public const string VlanId = "mba.vlan-id";

        /// <summary>Boot Retry Count.</summary>
        public const string BootRetryCount = "mba.boot-retry-count";
    }

    /// <summary>iSCSI General Parameters (G p.5-6).</summary>
    public static class General
    {
        /// <summary>TCP/IP parameters via DHCP.</summary>
        public const string TcpIpViaDhcp = "iscsi.general.tcpip-via-dhcp";

        /// <summary>IP Autoconfiguration.</summary>
        public const string IpAutoconfiguration = "iscsi.general.ip-autoconfiguration";

        /// <summary>iSCSI parameters via DHCP.</summary>
        public const string IscsiViaDhcp = "iscsi.general.iscsi-via-dhcp";

        /// <summary>CHAP Authentication.</summary>
        public const string ChapAuthentication = "iscsi.general.chap-authentication";

        /// <summary>Boot to iSCSI Target.</summary>
        public const string BootToTarget = "iscsi.general.boot-to-target";

        /// <summary>DHCP Vendor ID.</summary>
        public const string DhcpVendorId = "iscsi.general.dhcp-vendor-id";

        /// <summary>Link Up Delay Time.</summary>
        public const string LinkUpDelay = "iscsi.general.link-up-delay";

        /// <summary>Use TCP Timestamp.</summary>
        public const string TcpTimestamp = "iscsi.general.tcp-timestamp";

        /// <summary>Target as First HDD.</summary>
        public const string TargetAsFirstHdd = "iscsi.general.target-as-first-hdd";

        /// <summary>LUN Busy Retry Count.</summary>
        public const string LunBusyRetryCount = "iscsi.general.lun-busy-retry-count";

        /// <summary>IP Version.</summary>
        public const string IpVersion = "iscsi.general.ip-version";

        /// <summary>HBA Boot Mode.</summary>
        public const string HbaBootMode = "iscsi.general.hba-boot-mode";
    }

    /// <summary>iSCSI Initiator Parameters (G p.7, 9).</summary>
    public static class Initiator
    {
        /// <summary>IP Address.</summary>
        public const string IpAddress = "iscsi.initiator.ip-address";

        /// <summary>Subnet Mask (Subnet Mask Prefix under IPv6).</summary>
        public const string SubnetMask = "iscsi.initiator.subnet-mask";

        /// <summary>Default Gateway.</summary>
        public const string DefaultGateway = "iscsi.initiator.default-gateway";

        /// <summary>Primary DNS.</summary>
        public const string PrimaryDns = "iscsi.initiator.primary-dns";

        /// <summary>Secondary DNS.</summary>
        public const string SecondaryDns = "iscsi.initiator.secondary-dns";

        /// <summary>iSCSI Name.</summary>
        public const string IscsiName = "iscsi.initiator.iscsi-name";

        /// <summary>CHAP ID.</summary>
        public const string ChapId = "iscsi.initiator.chap-id";

        /// <summary>CHAP Secret.</summary>
        public const string ChapSecret = "iscsi.initiator.chap-secret";
    }

    /// <summary>1st Target Parameters (G p.7, 9).</summary>
    public static TargetKeys Target1 { get; } = new(1);

    /// <summary>2nd Target Parameters (G p.7, 9).</summary>
    public static TargetKeys Target2 { get; } = new(2);

    /// <summary>Both target screens, 1st then 2nd.</summary>
    public static IReadOnlyList<TargetKeys> Targets { get; } = [Target1, Target2];

    /// <summary>Secondary Device Parameters (B, D).</summary>
    public static class Secondary
    {
        /// <summary>Secondary Device (partner MAC).</summary>
        public const string DeviceMac = "iscsi.secondary.device-mac";

        /// <summary>Use Independent Target Portal.</summary>
        public const string IndependentTargetPortal = "iscsi.secondary.independent-target-portal";

        /// <summary>Use Independent Target Name.</summary>
        public const string IndependentTargetName = "iscsi.secondary.independent-target-name";
    }
}
