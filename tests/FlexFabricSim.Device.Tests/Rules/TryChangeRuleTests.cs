using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rules;
using static FlexFabricSim.Device.Tests.TestConfigs;

namespace FlexFabricSim.Device.Tests.Rules;

/// <summary>One test per rule, through <see cref="AdapterConfiguration.TryChange"/>.</summary>
public class TryChangeRuleTests
{
    private static AdapterConfiguration Config => Factory();

    [Fact]
    public void Accepted_change_returns_a_new_configuration_and_leaves_the_old_one_alone()
    {
        var before = Config;
        var outcome = Assert.IsType<ChangeOutcome.Accepted>(before.TryChange(Port0, "iscsi.target1.boot-lun", "7"));
        Assert.Equal("7", outcome.Result.Get(Port0, "iscsi.target1.boot-lun"));
        Assert.Equal("0", before.Get(Port0, "iscsi.target1.boot-lun"));
        Assert.Empty(outcome.Consequences);
        Assert.NotEqual(before, outcome.Result);
        Assert.Equal(before, Factory());
    }

    [Fact]
    public void Unknown_key_is_refused_with_a_suggestion()
    {
        var violation = Config.Refused("iscsi.target1.boot-lnu", "1");
        Assert.Equal(RuleId.UnknownKey, violation.Rule);
        Assert.Contains("iscsi.target1.boot-lun", violation.Message);
    }

    [Theory]
    [InlineData("mac.ethernet", "00:11:22:33:44:66")]
    [InlineData("mac.iscsi", "00:11:22:33:44:66")]
    [InlineData("rom.iscsi-boot-firmware", "absent")]
    [InlineData("rom.mba-version", "7.10.1")]
    public void Read_only_fields_are_refused(string key, string value)
    {
        Assert.Equal(RuleId.ReadOnlyField, Config.Refused(key, value).Rule);
    }

    [Theory]
    [InlineData("mba.boot-protocol", "tftp")]
    [InlineData("iscsi.general.ip-version", "ipv5")]
    [InlineData("mba.boot-retry-count", "7")]
    public void Not_a_value_of_the_field_lists_the_allowed_values(string key, string value)
    {
        var violation = Config.Refused(key, value);
        Assert.Equal(RuleId.NotAChoice, violation.Rule);
        foreach (var choice in FieldCatalog.Get(key).Choices)
        {
            Assert.Contains(choice.Value, violation.Message);
        }
    }

    [Theory]
    [InlineData("Enabled", "enabled")]
    [InlineData("ENABLED", "enabled")]
    [InlineData(" disabled ", "disabled")]
    public void Choices_accept_key_or_label_in_any_case(string typed, string stored)
    {
        Assert.Equal(stored, Config.With(("mba.hide-setup-prompt", typed)).Get(Port0, "mba.hide-setup-prompt"));
        var oneTime = Config.With(("iscsi.general.boot-to-target", "One Time Disabled"));
        Assert.Equal("one-time-disabled", oneTime.Get(Port0, "iscsi.general.boot-to-target"));
        Assert.Equal("indefinite", Config.With(("mba.boot-retry-count", "Indefinite Retries")).Get(Port0, "mba.boot-retry-count"));
    }

    [Theory]
    [InlineData("mba.banner-message-timeout", "15", 0, 14)]
    [InlineData("iscsi.general.link-up-delay", "256", 0, 255)]
    [InlineData("iscsi.target1.boot-lun", "256", 0, 255)]
    [InlineData("iscsi.target2.tcp-port", "0", 1, 65535)]
    [InlineData("iscsi.target1.tcp-port", "65536", 1, 65535)]
    [InlineData("iscsi.general.lun-busy-retry-count", "61", 0, 60)]
    [InlineData("npar.maximum-bandwidth", "101", 0, 100)]
    public void Out_of_range_names_the_range(string key, string value, int min, int max)
    {
        var config = key.StartsWith("npar.", StringComparison.Ordinal)
            ? Config.With(("adapter.multi-function-mode", "multi-function"))
            : Config;
        var violation = config.Refused(key, value);
        Assert.Equal(RuleId.OutOfRange, violation.Rule);
        Assert.Contains($"between {min} and {max}", violation.Message);
    }

    [Theory]
    [InlineData("iscsi.general.link-up-delay", "255")]
    [InlineData("iscsi.target1.boot-lun", "255")]
    [InlineData("iscsi.target1.tcp-port", "65535")]
    [InlineData("iscsi.general.lun-busy-retry-count", "60")]
    [InlineData("mba.banner-message-timeout", "0")]
    [InlineData("iscsi.target1.boot-lun", "007")]
    public void Range_ends_are_accepted(string key, string value)
    {
        Assert.Equal(int.Parse(value).ToString(), Config.With((key, value)).Get(Port0, key));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("ten")]
    [InlineData("")]
    [InlineData("+3")]
    public void Integers_must_be_whole_decimal_numbers(string value)
    {
        Assert.Equal(RuleId.NotAnInteger, Config.Refused("iscsi.target1.boot-lun", value).Rule);
    }

    [Fact]
    public void VLAN_ID_is_read_only_while_VLAN_mode_is_disabled_and_ranges_1_to_4094()
    {
        Assert.Equal(RuleId.VlanIdReadOnlyWhileVlanDisabled, Config.Refused("mba.vlan-id", "100").Rule);
        var vlan = Config.With(("mba.vlan-mode", "enabled"), ("mba.vlan-id", "4094"));
        Assert.Equal("4094", vlan.Get(Port0, "mba.vlan-id"));
        Assert.Equal(RuleId.OutOfRange, vlan.Refused("mba.vlan-id", "0").Rule);
        Assert.Equal(RuleId.OutOfRange, vlan.Refused("mba.vlan-id", "4095").Rule);
        // Disabling VLAN mode keeps the ID, as the card does.
        Assert.Equal("4094", vlan.With(("mba.vlan-mode", "disabled")).Get(Port0, "mba.vlan-id"));
    }

    [Fact]
    public void HBA_boot_mode_cannot_change_in_Multi_Function_mode()
    {
        var enabled = Config.With(("iscsi.general.hba-boot-mode", "enabled"));
        var npar = enabled.With(("adapter.multi-function-mode", "multi-function"));
        var violation = npar.Refused("iscsi.general.hba-boot-mode", "disabled");
        Assert.Equal(RuleId.HbaBootModeLockedInMultiFunction, violation.Rule);
        Assert.Equal(6, violation.GuidePage);
        Assert.Equal(RuleId.HbaBootModeLockedInMultiFunction, npar.Refused(new NvramAddress(1, 3), "iscsi.general.hba-boot-mode",
            "enabled").Rule);
        Assert.NotNull(npar.CheckEditable(Port0, "iscsi.general.hba-boot-mode"));
        Assert.Equal("enabled", npar.Get(Port0, "iscsi.general.hba-boot-mode"));
        // Back in single-function mode it can change again.
        Assert.Equal("disabled", npar.With(("adapter.multi-function-mode", "single-function"), ("iscsi.general.hba-boot-mode", "disabled"))
            .Get(Port0, "iscsi.general.hba-boot-mode"));
    }

    [Theory]
    [InlineData("12characters")]
    [InlineData("sixteen-chars-16")]
    [InlineData("")]
    public void CHAP_secret_of_12_to_16_characters_or_empty_is_accepted(string secret)
    {
        Assert.Equal(secret, Config.With(("iscsi.initiator.chap-secret", secret)).Get(Port0, "iscsi.initiator.chap-secret"));
        Assert.Equal(secret, Config.With(("iscsi.target2.chap-secret", secret)).Get(Port0, "iscsi.target2.chap-secret"));
    }

    [Theory]
    [InlineData("short")]
    [InlineData("elevenchars")]
    [InlineData("seventeen-chars-x")]
    public void CHAP_secret_outside_12_to_16_is_refused(string secret)
    {
        var violation = Config.Refused("iscsi.initiator.chap-secret", secret);
        Assert.Equal(RuleId.ChapSecretLength, violation.Rule);
        Assert.Equal(9, violation.GuidePage);
        Assert.Contains("12 to 16", violation.Message);
        Assert.Equal(RuleId.ChapSecretLength, Config.Refused("iscsi.target1.chap-secret", secret).Rule);
    }

    [Fact]
    public void CHAP_ID_holds_at_most_128_bytes()
    {
        Assert.Equal(128, Config.With(("iscsi.initiator.chap-id", new string('a', 128))).Get(Port0, "iscsi.initiator.chap-id").Length);
        var violation = Config.Refused("iscsi.initiator.chap-id", new string('a', 129));
        Assert.Equal(RuleId.TooLong, violation.Rule);
        Assert.Contains("128 bytes", violation.Message);
    }

    [Fact]
    public void DHCP_vendor_ID_holds_at_most_32_characters()
    {
        Assert.Equal("QLGC ISAN", Config.With(("iscsi.general.dhcp-vendor-id", "QLGC ISAN")).Get(Port0, "iscsi.general.dhcp-vendor-id"));
        Assert.Equal("", Config.With(("iscsi.general.dhcp-vendor-id", "")).Get(Port0, "iscsi.general.dhcp-vendor-id"));
        Assert.Equal(RuleId.TooLong, Config.Refused("iscsi.general.dhcp-vendor-id", new string('V', 33)).Rule);
    }

    [Theory]
    [InlineData("iscsi.general.dhcp-vendor-id", "BRCM\tISAN")]
    [InlineData("iscsi.initiator.chap-id", "caf\u00e9")]
    [InlineData("iscsi.initiator.chap-secret", "secret\u00e9secret")]
    public void Text_fields_take_printable_ASCII_only(string key, string value)
    {
        Assert.Equal(RuleId.InvalidCharacters, Config.Refused(key, value).Rule);
    }

    [Theory]
    [InlineData("iqn.1991-05.com.microsoft:server1")]
    [InlineData("iqn.2001-04.com.example")]
    [InlineData("iqn.2001-04.com.example:storage:disk.1-a")]
    [InlineData("iqn.1995-05.com.broadcom.00.11.22.33.44.55.iscsiboot")]
    [InlineData("IQN.2001-04.COM.EXAMPLE:Disk1")]
    [InlineData("eui.02004567A425678D")]
    [InlineData("")]
    public void Valid_iSCSI_names_are_accepted(string name)
    {
        Assert.Equal(name, Config.With(("iscsi.target1.iscsi-name", name)).Get(Port0, "iscsi.target1.iscsi-name"));
    }

    [Theory]
    [InlineData("server1")]
    [InlineData("iqn.2001-13.com.example")]
    [InlineData("iqn.01-04.com.example")]
    [InlineData("iqn.2001-04")]
    [InlineData("iqn.2001-04.")]
    [InlineData("iqn.2001-04.com..example")]
    [InlineData("iqn.2001-04.com.exa_mple")]
    [InlineData("iqn.2001-04.com.example:disk 1")]
    [InlineData("eui.02004567A425678")]
    [InlineData("eui.02004567A425678G")]
    [InlineData("naa.52004567BA64678D")]
    public void Invalid_iSCSI_names_are_refused(string name)
    {
        var violation = Config.Refused("iscsi.initiator.iscsi-name", name);
        Assert.Equal(RuleId.InvalidIscsiName, violation.Rule);
        Assert.Contains("RFC 7143", violation.Message);
    }

    [Fact]
    public void ISCSI_names_hold_at_most_128_characters()
    {
        var name = "iqn.2001-04.com.example:" + new string('x', 128 - 24);
        Assert.Equal(128, name.Length);
        Assert.Equal(name, Config.With(("iscsi.target2.iscsi-name", name)).Get(Port0, "iscsi.target2.iscsi-name"));
        Assert.Equal(RuleId.TooLong, Config.Refused("iscsi.target2.iscsi-name", name + "x").Rule);
    }

    [Fact]
    public void Target_as_first_HDD_cannot_be_enabled()
    {
        var violation = Config.Refused("iscsi.general.target-as-first-hdd", "enabled");
        Assert.Equal(RuleId.TargetAsFirstHddUnsupported, violation.Rule);
        Assert.Equal(6, violation.GuidePage);
        Assert.Equal("disabled", Config.With(("iscsi.general.target-as-first-hdd", "disabled")).Get(Port0,
            "iscsi.general.target-as-first-hdd"));
    }

    [Theory]
    [InlineData("iscsi.general.chap-authentication", "enabled")]
    [InlineData("iscsi.target1.boot-lun", "1")]
    [InlineData("iscsi.secondary.independent-target-name", "enabled")]
    public void ISCSI_fields_are_refused_without_iSCSI_boot_firmware(string key, string value)
    {
        var violation = Factory(AdapterModel.Hp534FlrSfp, iscsiFirmware: false).Refused(key, value);
        Assert.Equal(RuleId.IscsiBootFirmwareAbsent, violation.Rule);
        Assert.Equal(27, violation.GuidePage);
        // The MBA menu still works.
        Assert.Equal("iscsi", Factory(iscsiFirmware: false).With(("mba.boot-protocol", "iscsi")).Get(Port0, "mba.boot-protocol"));
    }

    [Theory]
    [InlineData("iscsi.initiator.ip-address", "192.0.2.300")]
    [InlineData("iscsi.initiator.ip-address", "10.1")]
    [InlineData("iscsi.initiator.ip-address", "0x0a.0.0.1")]
    [InlineData("iscsi.initiator.default-gateway", "2001:db8::1")]
    [InlineData("iscsi.target1.ip-address", "storage.example")]
    [InlineData("iscsi.initiator.primary-dns", "")]
    public void IPv4_addresses_must_be_dotted_quads_while_IP_version_is_IPv4(string key, string value)
    {
        Assert.Equal(RuleId.InvalidIpAddress, Config.Refused(key, value).Rule);
    }

    [Theory]
    [InlineData("192.0.2.10")]
    [InlineData("fe80::1%eth0")]
    [InlineData("2001:db8::zz")]
    [InlineData("[2001:db8::1]")]
    public void IPv6_addresses_are_required_while_IP_version_is_IPv6(string value)
    {
        var v6 = Config.With(("iscsi.general.ip-version", "ipv6"));
        Assert.Equal(RuleId.InvalidIpAddress, v6.Refused("iscsi.target1.ip-address", value).Rule);
        Assert.Equal("2001:db8::20", v6.With(("iscsi.target1.ip-address", "2001:DB8:0::20")).Get(Port0, "iscsi.target1.ip-address"));
    }

    [Theory]
    [InlineData("255.255.255.0", "255.255.255.0")]
    [InlineData("24", "255.255.255.0")]
    [InlineData("/20", "255.255.240.0")]
    [InlineData("0.0.0.0", "0.0.0.0")]
    [InlineData("255.255.255.255", "255.255.255.255")]
    public void IPv4_subnet_masks_are_contiguous_masks_or_prefix_lengths(string typed, string stored)
    {
        Assert.Equal(stored, Config.With(("iscsi.initiator.subnet-mask", typed)).Get(Port0, "iscsi.initiator.subnet-mask"));
    }

    [Theory]
    [InlineData("255.0.255.0")]
    [InlineData("255.255.255.1")]
    [InlineData("33")]
    [InlineData("mask")]
    public void Non_contiguous_IPv4_masks_are_refused(string typed)
    {
        Assert.Equal(RuleId.InvalidSubnetMask, Config.Refused("iscsi.initiator.subnet-mask", typed).Rule);
    }

    [Fact]
    public void IPv6_subnet_mask_is_a_prefix_length_0_to_128()
    {
        var v6 = Config.With(("iscsi.general.ip-version", "ipv6"));
        Assert.Equal("64", v6.With(("iscsi.initiator.subnet-mask", "64")).Get(Port0, "iscsi.initiator.subnet-mask"));
        Assert.Equal("128", v6.With(("iscsi.initiator.subnet-mask", "/128")).Get(Port0, "iscsi.initiator.subnet-mask"));
        Assert.Equal(RuleId.InvalidSubnetMask, v6.Refused("iscsi.initiator.subnet-mask", "129").Rule);
        Assert.Equal(RuleId.InvalidSubnetMask, v6.Refused("iscsi.initiator.subnet-mask", "255.255.255.0").Rule);
    }

    [Fact]
    public void TCPIP_via_DHCP_is_read_only_under_IPv6_and_IP_autoconfiguration_under_IPv4()
    {
        Assert.Equal(RuleId.IpAutoconfigurationIsIpv6Only, Config.Refused("iscsi.general.ip-autoconfiguration", "disabled").Rule);
        var v6 = Config.With(("iscsi.general.ip-version", "ipv6"));
        Assert.Equal(RuleId.TcpIpViaDhcpIsIpv4Only, v6.Refused("iscsi.general.tcpip-via-dhcp", "disabled").Rule);
        Assert.Equal("disabled", v6.With(("iscsi.general.ip-autoconfiguration", "disabled")).Get(Port0,
            "iscsi.general.ip-autoconfiguration"));
    }

    [Theory]
    [InlineData(AdapterModel.Hp534FlrSfp, "autoneg")]
    [InlineData(AdapterModel.Hp534FlrSfp, "1gbps")]
    [InlineData(AdapterModel.Cn1100R, "autoneg")]
    [InlineData(AdapterModel.Cn1100R, "1Gbps")]
    public void SFP_plus_models_refuse_link_speeds_other_than_10Gbps(AdapterModel model, string speed)
    {
        var violation = Factory(model).Refused("mba.link-speed", speed);
        Assert.Equal(RuleId.LinkSpeedNotSupportedByMedia, violation.Rule);
        Assert.Equal(26, violation.GuidePage);
        Assert.Equal([new FieldChoice("10gbps", "10Gbps")], Factory(model).AllowedChoices(Port0, "mba.link-speed"));
    }

    [Theory]
    [InlineData("1gbps")]
    [InlineData("autoneg")]
    [InlineData("10gbps")]
    public void Backplane_models_take_every_link_speed(string speed)
    {
        Assert.Equal(speed, Factory(AdapterModel.Hp534Flb).With(("mba.link-speed", speed)).Get(Port0, "mba.link-speed"));
    }

    [Fact]
    public void Functions_above_0_are_not_addressable_in_single_function_mode()
    {
        var violation = Config.Refused(new NvramAddress(0, 1), "mba.boot-protocol", "iscsi");
        Assert.Equal(RuleId.FunctionNotAddressable, violation.Rule);
        var npar = Config.With(("adapter.multi-function-mode", "multi-function"));
        Assert.Equal("iscsi", npar.With(new NvramAddress(1, 3), ("mba.boot-protocol", "iscsi")).Get(new NvramAddress(1, 3),
            "mba.boot-protocol"));
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(-1, 0)]
    [InlineData(0, 4)]
    public void Ports_and_functions_that_do_not_exist_are_refused(int port, int function)
    {
        var npar = Config.With(("adapter.multi-function-mode", "multi-function"));
        Assert.Equal(RuleId.AddressOutOfRange, npar.Refused(new NvramAddress(port, function), "mba.boot-protocol", "iscsi").Rule);
    }

    [Fact]
    public void Multi_function_settings_need_multi_function_mode()
    {
        Assert.Equal(RuleId.MultiFunctionModeRequired, Config.Refused("npar.iscsi-offload", "enabled").Rule);
        var npar = Config.With(("adapter.multi-function-mode", "multi-function"));
        Assert.Equal("tx-rx", npar.With(("npar.flow-control", "TX/RX")).Get(Port0, "npar.flow-control"));
    }

    [Fact]
    public void MAC_address_fields_take_MAC_addresses()
    {
        Assert.Equal(RuleId.InvalidMacAddress, Config.Refused("iscsi.secondary.device-mac", "00:11:22:33:44").Rule);
        Assert.Equal("00:11:22:33:44:5D", Config.With(("iscsi.secondary.device-mac", "00-11-22-33-44-5d")).Get(Port0,
            "iscsi.secondary.device-mac"));
    }

    [Fact]
    public void TryChangeAll_is_all_or_nothing_and_applies_in_order()
    {
        var outcome = Config.TryChangeAll(Port0, [("mba.vlan-mode", "enabled"), ("mba.vlan-id", "100"), ("iscsi.target1.boot-lun", "300")]);
        var refused = Assert.IsType<ChangeOutcome.Refused>(outcome);
        Assert.Equal("iscsi.target1.boot-lun", refused.Violation.Key);

        var accepted = Assert.IsType<ChangeOutcome.Accepted>(
            Config.TryChangeAll(Port0, [("mba.vlan-mode", "enabled"), ("mba.vlan-id", "100")]));
        Assert.Equal("100", accepted.Result.Get(Port0, "mba.vlan-id"));
        // Order matters: the ID first is refused because VLAN mode is still disabled.
        Assert.IsType<ChangeOutcome.Refused>(Config.TryChangeAll(Port0, [("mba.vlan-id", "100"), ("mba.vlan-mode", "enabled")]));
    }

    [Fact]
    public void Every_refusal_names_the_key_and_the_address()
    {
        var violation = Config.Refused(NvramAddress.OfPort(1), "iscsi.target1.boot-lun", "999");
        Assert.Equal("iscsi.target1.boot-lun", violation.Key);
        Assert.Equal(NvramAddress.OfPort(1), violation.At);
        Assert.Contains("guide p.27", violation.ToString());
    }

    [Fact]
    public void Every_RuleId_is_exercised_by_this_class()
    {
        // Guards against adding a rule without a test: each RuleId must appear in this file's source.
        var source = File.ReadAllText(Path.Combine(FlexFabricSim.Testing.RepoPaths.Root, "tests", "FlexFabricSim.Device.Tests", "Rules",
            "TryChangeRuleTests.cs"));
        Assert.All(Enum.GetNames<RuleId>(), name => Assert.Contains("RuleId." + name, source));
    }
}
