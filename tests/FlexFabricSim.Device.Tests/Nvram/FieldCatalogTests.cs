using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Testing;

namespace FlexFabricSim.Device.Tests.Nvram;

public class FieldCatalogTests
{
    /// <summary>SPEC "Stable key names" (one hand-kept copy, shared by the test projects): the catalog must hold exactly these.</summary>
    public static readonly string[] SpecKeys = SpecStableKeys.All;

    /// <summary>Factory defaults per SPEC (default = first listed value) on a backplane model under IPv4.</summary>
    public static TheoryData<string, string> SpecDefaults => new()
    {
        { "adapter.multi-function-mode", "single-function" },
        { "npar.flow-control", "auto" },
        { "npar.relative-bandwidth-weight", "0" },
        { "rom.iscsi-boot-firmware", "present" },
        { "mba.option-rom", "enabled" },
        { "mba.boot-protocol", "pxe" },
        { "mba.boot-strap-type", "auto-detect" },
        { "mba.hide-setup-prompt", "disabled" },
        { "mba.setup-key-stroke", "ctrl-s" },
        { "mba.banner-message-timeout", "5" },
        { "mba.link-speed", "autoneg" },
        { "mba.pre-boot-wol", "disabled" },
        { "mba.vlan-mode", "disabled" },
        { "mba.vlan-id", "1" },
        { "mba.boot-retry-count", "0" },
        { "iscsi.general.tcpip-via-dhcp", "enabled" },
        { "iscsi.general.ip-autoconfiguration", "enabled" },
        { "iscsi.general.iscsi-via-dhcp", "enabled" },
        { "iscsi.general.chap-authentication", "disabled" },
        { "iscsi.general.boot-to-target", "enabled" },
        { "iscsi.general.dhcp-vendor-id", "BRCM ISAN" },
        { "iscsi.general.link-up-delay", "0" },
        { "iscsi.general.tcp-timestamp", "disabled" },
        { "iscsi.general.target-as-first-hdd", "disabled" },
        { "iscsi.general.lun-busy-retry-count", "0" },
        { "iscsi.general.ip-version", "ipv4" },
        { "iscsi.general.hba-boot-mode", "disabled" },
        { "iscsi.initiator.ip-address", "0.0.0.0" },
        { "iscsi.initiator.subnet-mask", "0.0.0.0" },
        { "iscsi.initiator.default-gateway", "0.0.0.0" },
        { "iscsi.initiator.primary-dns", "0.0.0.0" },
        { "iscsi.initiator.secondary-dns", "0.0.0.0" },
        { "iscsi.initiator.iscsi-name", "" },
        { "iscsi.initiator.chap-id", "" },
        { "iscsi.initiator.chap-secret", "" },
        { "iscsi.target1.connect", "disabled" },
        { "iscsi.target1.ip-address", "0.0.0.0" },
        { "iscsi.target1.tcp-port", "3260" },
        { "iscsi.target1.boot-lun", "0" },
        { "iscsi.target1.iscsi-name", "" },
        { "iscsi.target2.tcp-port", "3260" },
        { "iscsi.secondary.device-mac", "00:00:00:00:00:00" },
        { "iscsi.secondary.independent-target-portal", "disabled" },
        { "iscsi.secondary.independent-target-name", "disabled" },
    };

    [Fact]
    public void The_catalog_holds_exactly_the_SPEC_keys()
    {
        Assert.Equal(SpecKeys.Order(StringComparer.Ordinal), FieldCatalog.All.Select(f => f.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SpecDefaults))]
    public void Defaults_follow_the_SPEC(string key, string expected)
    {
        Assert.Equal(expected, FieldCatalog.Get(key).DefaultFor(AdapterCatalog.Get(AdapterModel.Hp534M), IpVersion.Ipv4));
    }

    [Fact]
    public void Link_speed_defaults_to_10Gbps_on_SFP_plus_models_and_IP_fields_to_unspecified_IPv6_under_IPv6()
    {
        var linkSpeed = FieldCatalog.Get("mba.link-speed");
        Assert.Equal("10gbps", linkSpeed.DefaultFor(AdapterCatalog.Get(AdapterModel.Hp534FlrSfp), IpVersion.Ipv4));
        Assert.Equal("10gbps", linkSpeed.DefaultFor(AdapterCatalog.Get(AdapterModel.Cn1100R), IpVersion.Ipv4));
        Assert.Equal("autoneg", linkSpeed.DefaultFor(AdapterCatalog.Get(AdapterModel.Hp534Flb), IpVersion.Ipv4));
        var model = AdapterCatalog.Get(AdapterModel.Hp534M);
        Assert.Equal("::", FieldCatalog.Get("iscsi.initiator.ip-address").DefaultFor(model, IpVersion.Ipv6));
        Assert.Equal("0", FieldCatalog.Get("iscsi.initiator.subnet-mask").DefaultFor(model, IpVersion.Ipv6));
        Assert.Equal("Subnet Mask Prefix", FieldCatalog.Get("iscsi.initiator.subnet-mask").LabelFor(IpVersion.Ipv6));
    }

    [Fact]
    public void Choices_ranges_and_lengths_follow_the_SPEC()
    {
        Assert.Equal(["pxe", "iscsi", "fcoe", "none"], Values("mba.boot-protocol"));
        Assert.Equal(["auto-detect", "bbs", "int18h", "int19h"], Values("mba.boot-strap-type"));
        Assert.Equal(["ctrl-s", "ctrl-b"], Values("mba.setup-key-stroke"));
        Assert.Equal(["autoneg", "1gbps", "10gbps"], Values("mba.link-speed"));
        Assert.Equal(["0", "1", "2", "3", "4", "5", "6", "indefinite"], Values("mba.boot-retry-count"));
        Assert.Equal(["enabled", "disabled", "one-time-disabled"], Values("iscsi.general.boot-to-target"));
        Assert.Equal(["ipv4", "ipv6"], Values("iscsi.general.ip-version"));
        Assert.Equal(["auto", "tx", "rx", "tx-rx", "none"], Values("npar.flow-control"));
        Assert.Equal(["single-function", "multi-function"], Values("adapter.multi-function-mode"));
        Assert.Equal(["present", "absent"], Values("rom.iscsi-boot-firmware"));
        AssertRange("mba.banner-message-timeout", 0, 14);
        AssertRange("mba.vlan-id", 1, 4094);
        AssertRange("iscsi.general.link-up-delay", 0, 255);
        AssertRange("iscsi.general.lun-busy-retry-count", 0, 60);
        AssertRange("iscsi.target1.tcp-port", 1, 65535);
        AssertRange("iscsi.target2.boot-lun", 0, 255);
        AssertRange("npar.relative-bandwidth-weight", 0, 100);
        AssertRange("npar.maximum-bandwidth", 0, 100);
        Assert.Equal(32, FieldCatalog.Get("iscsi.general.dhcp-vendor-id").MaxLength);
        Assert.Equal(128, FieldCatalog.Get("iscsi.initiator.iscsi-name").MaxLength);
        Assert.Equal(128, FieldCatalog.Get("iscsi.target1.chap-id").MaxLength);
        Assert.Equal((12, 16), (FieldCatalog.Get("iscsi.initiator.chap-secret").MinLength,
            FieldCatalog.Get("iscsi.initiator.chap-secret").MaxLength));
        Assert.Equal("VLAN ID (1..4094)", FieldCatalog.Get("mba.vlan-id").Label);
    }

    [Fact]
    public void Screens_list_their_fields_in_the_cards_menu_order()
    {
        Assert.Equal(
            ["Option ROM", "Boot Protocol", "Boot Strap Type", "Hide Setup Prompt", "Setup Key Stroke", "Banner Message Timeout",
             "Link Speed", "Pre-boot Wake On LAN", "VLAN Mode", "VLAN ID (1..4094)", "Boot Retry Count"],
            Labels(ScreenId.Mba));
        Assert.Equal(
            ["TCP/IP parameters via DHCP", "IP Autoconfiguration", "iSCSI parameters via DHCP", "CHAP Authentication",
             "Boot to iSCSI target", "DHCP Vendor ID", "Link Up Delay Time", "Use TCP Timestamp", "Target as First HDD",
             "LUN Busy Retry Count", "IP Version", "HBA Boot Mode"],
            Labels(ScreenId.General));
        Assert.Equal(
            ["IP Address", "Subnet Mask", "Default Gateway", "Primary DNS", "Secondary DNS", "iSCSI Name", "CHAP ID", "CHAP Secret"],
            Labels(ScreenId.Initiator));
        string[] target = ["Connect", "IP Address", "TCP Port", "Boot LUN", "iSCSI Name", "CHAP ID", "CHAP Secret"];
        Assert.Equal(target, Labels(ScreenId.Target1));
        Assert.Equal(target, Labels(ScreenId.Target2));
        Assert.Equal(["Secondary Device", "Use Independent Target Portal", "Use Independent Target Name"], Labels(ScreenId.Secondary));
    }

    [Fact]
    public void Every_field_is_described_well_enough_to_show_a_trainee()
    {
        Assert.All(FieldCatalog.All, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Label));
            Assert.EndsWith(".", f.Help);
            Assert.Matches(@"\((G p\.\d+|B|D|SPEC|RFC)", f.Help);
            Assert.True(f.Order > 0);
            Assert.Equal(f.Kind == FieldKind.Choice, f.Choices.Count > 0);
            Assert.Equal(f.Kind == FieldKind.Integer, f.Min is not null && f.Max is not null);
            if (f.Kind == FieldKind.Choice)
            {
                Assert.Contains(f.Choices, c => c.Value == f.Default);
                Assert.All(f.Choices, c => Assert.Matches("^[a-z0-9-]+$", c.Value));
            }
            Assert.Equal(f.Key.StartsWith("mac.", StringComparison.Ordinal) || f.Key.StartsWith("rom.", StringComparison.Ordinal),
                f.IsReadOnly);
        });
        Assert.Equal(FieldCatalog.All.Count, FieldCatalog.All.Select(f => (f.Screen, f.Order)).Distinct().Count());
    }

    [Fact]
    public void Get_of_an_unknown_key_throws_and_Suggest_offers_near_keys()
    {
        Assert.Throws<KeyNotFoundException>(() => FieldCatalog.Get("mba.boot-protcol"));
        Assert.Contains("mba.boot-protocol", FieldCatalog.Suggest("mba.boot-protcol"));
        Assert.Contains("iscsi.target1.boot-lun", FieldCatalog.Suggest("boot-lun"));
    }

    [Fact]
    public void Field_key_constants_name_catalog_fields()
    {
        string[] constants =
        [
            FieldKeys.Adapter.MultiFunctionMode, FieldKeys.Mac.Iscsi, FieldKeys.Rom.MbaVersion, FieldKeys.Npar.MaximumBandwidth,
            FieldKeys.Mba.BootRetryCount, FieldKeys.General.HbaBootMode, FieldKeys.Initiator.ChapSecret,
            FieldKeys.Target1.BootLun, FieldKeys.Target2.ChapSecret, FieldKeys.Secondary.IndependentTargetName,
        ];
        Assert.All(constants, k => Assert.True(FieldCatalog.TryGet(k, out _), k));
    }

    private static string[] Values(string key) => [.. FieldCatalog.Get(key).Choices.Select(c => c.Value)];

    private static string[] Labels(ScreenId screen) => [.. FieldCatalog.ForScreen(screen).Select(f => f.Label)];

    private static void AssertRange(string key, int min, int max)
    {
        var field = FieldCatalog.Get(key);
        Assert.Equal((FieldKind.Integer, min, max), (field.Kind, field.Min, field.Max));
    }
}
