namespace FlexFabricSim.Device.Nvram;

// iSCSI Boot Configuration screens (G p.5-9; B, D where the guide is silent), in the card's menu order.
public static partial class FieldCatalog
{
    /// <summary>Longest iSCSI name the card holds (D; RFC 7143 §6.1 allows 223 bytes).</summary>
    public const int MaxIscsiNameLength = 128;

    /// <summary>Longest CHAP ID, in bytes (G p.9).</summary>
    public const int MaxChapIdBytes = 128;

    /// <summary>Shortest non-empty CHAP secret (G p.9).</summary>
    public const int MinChapSecretLength = 12;

    /// <summary>Longest CHAP secret the field holds (D).</summary>
    public const int MaxChapSecretLength = 16;

    /// <summary>Longest DHCP Vendor ID (D).</summary>
    public const int MaxDhcpVendorIdLength = 32;

    /// <summary>The factory DHCP Vendor ID (G p.7, p.10).</summary>
    public const string DefaultDhcpVendorId = "BRCM ISAN";

    private const string Ipv4Unspecified = "0.0.0.0";
    private const string Ipv6Unspecified = "::";

    private static IEnumerable<FieldDefinition> GeneralFields() =>
    [
        Switch(FieldKeys.General.TcpIpViaDhcp, ScreenId.General, 1, "TCP/IP parameters via DHCP", FieldScope.Function,
            enabledByDefault: true,
            "IPv4 only: get the initiator's address from DHCP (Enabled) or use the static Initiator Parameters (Disabled) (G p.5).", 5)
            with { Source = "G p.5; read-only under IPv6 *unverified*" },
        Switch(FieldKeys.General.IpAutoconfiguration, ScreenId.General, 2, "IP Autoconfiguration", FieldScope.Function,
            enabledByDefault: true,
            "IPv6 only: configure a link-local or DHCPv6 address automatically (Enabled) or use the static Initiator Parameters " +
            "(Disabled) (G p.5).", 5)
            with { Source = "G p.5; read-only under IPv4 per D" },
        Switch(FieldKeys.General.IscsiViaDhcp, ScreenId.General, 3, "iSCSI parameters via DHCP", FieldScope.Function,
            enabledByDefault: true,
            "Get the target's parameters from DHCP (Enabled) or from the 1st/2nd Target Parameters screens (Disabled) (G p.5).", 5),
        Switch(FieldKeys.General.ChapAuthentication, ScreenId.General, 4, "CHAP Authentication", FieldScope.Function,
            enabledByDefault: false,
            "Log in with CHAP, using the CHAP ID and secret from the Initiator Parameters screen (G p.5, p.9).", 5),
        Choice(FieldKeys.General.BootToTarget, ScreenId.General, 5, "Boot to iSCSI target", FieldScope.Function,
            Choices.BootToTarget, BootToTarget.Enabled,
            "Disabled logs in but lets the BIOS boot the next device (e.g. an install DVD); One Time Disabled does so once, then reverts " +
            "to Enabled (B, D).", null)
            with { Source = "B, D" },
        new(FieldKeys.General.DhcpVendorId, ScreenId.General, 6, "DHCP Vendor ID", FieldKind.Text, FieldScope.Function, DefaultDhcpVendorId,
            "When a DHCP offer's vendor class (option 60) matches this, its option 43 is read for the iSCSI settings; up to 32 " +
            "characters (G p.5, p.10).", 5)
        {
            MaxLength = MaxDhcpVendorIdLength,
            Source = "G p.5, 10; length D",
        },
        Integer(FieldKeys.General.LinkUpDelay, ScreenId.General, 7, "Link Up Delay Time", FieldScope.Function, 0, 255, 0,
            "Seconds to wait after the link comes up before sending, 0-255, e.g. while the switch port runs Spanning Tree (G p.5).", 5),
        Switch(FieldKeys.General.TcpTimestamp, ScreenId.General, 8, "Use TCP Timestamp", FieldScope.Function, enabledByDefault: false,
            "Whether the boot initiator's TCP connections use the TCP timestamp option (G p.6).", 6)
            with { Source = "G p.6; factory default D (*unverified* for HP images)" },
        Switch(FieldKeys.General.TargetAsFirstHdd, ScreenId.General, 9, "Target as First HDD", FieldScope.Function, enabledByDefault: false,
            "Would make the target appear as the first hard disk; HP FlexFabric adapters do not support it (G p.6).", 6),
        Integer(FieldKeys.General.LunBusyRetryCount, ScreenId.General, 10, "LUN Busy Retry Count", FieldScope.Function, 0, 60, 0,
            "How many times to retry the connection while the target LUN is busy, 0-60 (G p.6).", 6)
            with { Source = "G p.6; range B" },
        Choice(FieldKeys.General.IpVersion, ScreenId.General, 11, "IP Version", FieldScope.Function,
            Choices.IpVersion, IpVersion.Ipv4,
            "Boot over IPv4 or IPv6; switching loses all IP settings (G p.6).", 6),
        Switch(FieldKeys.General.HbaBootMode, ScreenId.General, 12, "HBA Boot Mode", FieldScope.Function, enabledByDefault: false,
            "Enabled boots over the offload (HBA) path, Disabled over the software initiator; cannot be changed in Multi-Function mode " +
            "(G p.6, 8, 18).", 6),
    ];

    private static IEnumerable<FieldDefinition> InitiatorFields() =>
    [
        Address(FieldKeys.Initiator.IpAddress, ScreenId.Initiator, 1, "IP Address",
            "The initiator's static address; no check is made for duplicates or wrong subnets (G p.7).", 7),
        new(FieldKeys.Initiator.SubnetMask, ScreenId.Initiator, 2, "Subnet Mask", FieldKind.SubnetMask, FieldScope.Function,
            Ipv4Unspecified,
            "The static subnet mask (IPv4, e.g. 255.255.255.0) or prefix length (IPv6, 0-128) (G p.7; D).", 7)
        {
            Ipv6Label = "Subnet Mask Prefix",
            Ipv6Default = "0",
            Source = "G p.7; IPv6 prefix D",
        },
        Address(FieldKeys.Initiator.DefaultGateway, ScreenId.Initiator, 3, "Default Gateway",
            "The static default router (G p.7).", 7),
        Address(FieldKeys.Initiator.PrimaryDns, ScreenId.Initiator, 4, "Primary DNS",
            "The first DNS server; overwritten by DHCP's (or 0.0.0.0) whenever a DHCP server is used (G p.7, p.8).", 8),
        Address(FieldKeys.Initiator.SecondaryDns, ScreenId.Initiator, 5, "Secondary DNS",
            "The second DNS server; overwritten by DHCP's (or 0.0.0.0) whenever a DHCP server is used (G p.7, p.8).", 8),
        Name(FieldKeys.Initiator.IscsiName, ScreenId.Initiator, 6,
            "The initiator's IQN; when empty the card uses iqn.1995-05.com.broadcom.<MAC>.iscsiboot (G p.7, p.8)."),
        ChapId(FieldKeys.Initiator.ChapId, ScreenId.Initiator, 7,
            "The name the initiator logs in with when CHAP Authentication is enabled, up to 128 bytes (G p.9)."),
        ChapSecret(FieldKeys.Initiator.ChapSecret, ScreenId.Initiator, 8,
            "The secret the initiator proves to the target, 12 to 16 characters (G p.9; D), or empty for none."),
    ];

    private static IEnumerable<FieldDefinition> TargetFields(int number)
    {
        var keys = number == 1 ? FieldKeys.Target1 : FieldKeys.Target2;
        var which = number == 1 ? "first" : "second";
        return
        [
            Switch(keys.Connect, keys.Screen, 1, "Connect", FieldScope.Function, enabledByDefault: false,
                $"Whether the ROM logs in to the {which} target set on this screen (G p.7).", 7),
            Address(keys.IpAddress, keys.Screen, 2, "IP Address", $"The {which} target's portal address (G p.7).", 7),
            Integer(keys.TcpPort, keys.Screen, 3, "TCP Port", FieldScope.Function, 1, 65535, 3260,
                $"The {which} target's TCP port, 1-65535; iSCSI's registered port is 3260 (G p.7, p.10).", 7)
                with { Source = "G p.7; range B" },
            Integer(keys.BootLun, keys.Screen, 4, "Boot LUN", FieldScope.Function, 0, 255, 0,
                $"The LUN to boot from on the {which} target, 0-255; the Microsoft initiator cannot boot LUN 255 (G p.27, T10).", 27),
            Name(keys.IscsiName, keys.Screen, 5, $"The {which} target's IQN or EUI name (G p.7; RFC 7143 §4.2.7)."),
            ChapId(keys.ChapId, keys.Screen, 6,
                $"For mutual CHAP: the name the {which} target must answer with, up to 128 bytes (G p.9)."),
            ChapSecret(keys.ChapSecret, keys.Screen, 7,
                $"For mutual CHAP: the secret the {which} target must prove, 12 to 16 characters (G p.9; D), or empty for one-way CHAP."),
        ];
    }

    private static IEnumerable<FieldDefinition> SecondaryFields() =>
    [
        new(FieldKeys.Secondary.DeviceMac, ScreenId.Secondary, 1, "Secondary Device", FieldKind.MacAddress, FieldScope.Function,
            "00:00:00:00:00:00",
            "The partner port's MAC for a second boot path, 00:00:00:00:00:00 for none; has no effect on the simulated boot (B, D).", null)
        {
            Source = "B, D; boot behaviour undocumented",
        },
        Switch(FieldKeys.Secondary.IndependentTargetPortal, ScreenId.Secondary, 2, "Use Independent Target Portal", FieldScope.Function,
            enabledByDefault: false,
            "Whether the secondary device uses its own target portal; has no effect on the simulated boot (B, D).", null)
            with { Source = "B, D; boot behaviour undocumented" },
        Switch(FieldKeys.Secondary.IndependentTargetName, ScreenId.Secondary, 3, "Use Independent Target Name", FieldScope.Function,
            enabledByDefault: false,
            "Whether the secondary device uses its own target name; has no effect on the simulated boot (B, D).", null)
            with { Source = "B, D; boot behaviour undocumented" },
    ];

    private static FieldDefinition Address(string key, ScreenId screen, int order, string label, string help, int page) =>
        new(key, screen, order, label, FieldKind.IpAddress, FieldScope.Function, Ipv4Unspecified, help, page)
        {
            Ipv6Default = Ipv6Unspecified,
        };

    private static FieldDefinition Name(string key, ScreenId screen, int order, string help) =>
        new(key, screen, order, "iSCSI Name", FieldKind.IscsiName, FieldScope.Function, "", help, 7)
        {
            MaxLength = MaxIscsiNameLength,
            Source = "G p.7, 8; length D",
        };

    private static FieldDefinition ChapId(string key, ScreenId screen, int order, string help) =>
        new(key, screen, order, "CHAP ID", FieldKind.ChapId, FieldScope.Function, "", help, 9) { MaxLength = MaxChapIdBytes };

    private static FieldDefinition ChapSecret(string key, ScreenId screen, int order, string help) =>
        new(key, screen, order, "CHAP Secret", FieldKind.ChapSecret, FieldScope.Function, "", help, 9)
        {
            MinLength = MinChapSecretLength,
            MaxLength = MaxChapSecretLength,
            Source = "G p.9 (at least 12); at most 16 D",
        };
}
