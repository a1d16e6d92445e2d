using System.Net;
using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;
using static FlexFabricSim.Device.Tests.TestConfigs;

namespace FlexFabricSim.Device.Tests.Nvram;

/// <summary>G p.8 "Dynamic iSCSI boot configuration" and SPEC "What dynamic configuration ignores".</summary>
public class EffectiveConfigurationTests
{
    private static readonly (string, string) Iscsi = ("mba.boot-protocol", "iscsi");

    private static EffectiveConfiguration Effective(AdapterConfiguration config, NvramAddress? at = null) =>
        EffectiveConfiguration.For(config, at ?? Port0);

    [Fact]
    public void Default_initiator_name_is_built_from_the_functions_Ethernet_MAC()
    {
        var effective = Effective(Factory().With(Iscsi));
        Assert.Equal("iqn.1995-05.com.broadcom.00.11.22.33.44.55.iscsiboot", effective.InitiatorName);
        Assert.True(effective.InitiatorNameIsDefault);
        Assert.Equal("iqn.1995-05.com.broadcom.00.11.22.33.44.5d.iscsiboot", Effective(Factory().With(NvramAddress.OfPort(1), Iscsi),
            NvramAddress.OfPort(1)).InitiatorName);
        var named = Effective(Factory().With(Iscsi, ("iscsi.initiator.iscsi-name", "iqn.1991-05.com.microsoft:host")));
        Assert.Equal("iqn.1991-05.com.microsoft:host", named.InitiatorName);
        Assert.False(named.InitiatorNameIsDefault);
    }

    [Fact]
    public void IPv4_DHCP_ignores_the_initiator_address_mask_and_gateway_and_overwrites_DNS()
    {
        var effective = Effective(Factory().With(Iscsi));
        Assert.Equal(AddressingMode.Dhcp4, effective.Addressing);
        Assert.True(effective.UsesDhcp);
        foreach (var key in new[] { "iscsi.initiator.ip-address", "iscsi.initiator.subnet-mask", "iscsi.initiator.default-gateway" })
        {
            var use = effective.UseOf(key);
            Assert.False(use.IsUsed);
            Assert.Equal(8, use.GuidePage);
            Assert.Contains("DHCP", use.Reason);
        }
        Assert.Contains("overwritten", effective.UseOf("iscsi.initiator.primary-dns").Reason);
        Assert.False(effective.UseOf("iscsi.initiator.secondary-dns").IsUsed);
    }

    [Fact]
    public void Option_17_takes_targets_from_DHCP_but_the_initiator_name_from_the_screen()
    {
        var effective = Effective(Factory().With(Iscsi));
        Assert.Equal(TargetSource.Dhcp, effective.TargetSource);
        Assert.Empty(effective.StaticTargets);
        Assert.True(effective.UseOf("iscsi.initiator.iscsi-name").IsUsed);
        foreach (var key in new[] { "iscsi.target1.connect", "iscsi.target1.ip-address", "iscsi.target1.boot-lun",
            "iscsi.target2.iscsi-name" })
        {
            Assert.False(effective.UseOf(key).IsUsed, key);
            Assert.Equal(8, effective.UseOf(key).GuidePage);
        }
        Assert.True(effective.UseOf("iscsi.general.dhcp-vendor-id").IsUsed);
    }

    [Fact]
    public void Option_43_would_also_ignore_the_initiator_name()
    {
        var dhcp = Effective(Factory().With(Iscsi));
        Assert.Equal(["iscsi.initiator.iscsi-name"], dhcp.IgnoredWhenOption43);
        var staticIp = Effective(Factory().With(Iscsi, ("iscsi.general.tcpip-via-dhcp", "disabled")));
        Assert.Contains("iscsi.initiator.ip-address", staticIp.IgnoredWhenOption43);
        Assert.Empty(Effective(StaticIpv4()).IgnoredWhenOption43);
    }

    [Fact]
    public void IPv6_dynamic_configuration_ignores_everything_on_the_screens_except_CHAP()
    {
        var config = Factory().With(Iscsi, ("iscsi.general.ip-version", "ipv6"), ("iscsi.general.chap-authentication", "enabled"),
            ("iscsi.initiator.chap-id", "host"), ("iscsi.initiator.chap-secret", "initiatorsecret"),
            ("iscsi.target1.chap-id", "target"), ("iscsi.target1.chap-secret", "targetsecret12"));
        var effective = Effective(config);
        Assert.Equal(AddressingMode.Ipv6Autoconf, effective.Addressing);
        var screens = FieldCatalog.All.Where(f => f.Screen is ScreenId.Initiator or ScreenId.Target1 or ScreenId.Target2);
        foreach (var field in screens)
        {
            var expectUsed = field.Key is "iscsi.initiator.chap-id" or "iscsi.initiator.chap-secret"
                or "iscsi.target1.chap-id" or "iscsi.target1.chap-secret" or "iscsi.target2.chap-secret";
            Assert.True(expectUsed == effective.UseOf(field.Key).IsUsed, $"{field.Key}: {effective.UseOf(field.Key)}");
        }
        Assert.True(effective.InitiatorNameIsDefault);
        Assert.Equal(ChapMode.Mutual, effective.Chap);
        Assert.Empty(effective.IgnoredWhenOption43);
        Assert.False(effective.UseOf("iscsi.general.tcpip-via-dhcp").IsUsed);
        Assert.True(effective.UseOf("iscsi.general.ip-autoconfiguration").IsUsed);
    }

    [Fact]
    public void Static_IPv4_uses_the_screens_and_lists_connected_targets()
    {
        var effective = Effective(StaticIpv4().With(("iscsi.target1.boot-lun", "3")));
        Assert.Equal(AddressingMode.Static, effective.Addressing);
        Assert.Equal(TargetSource.Static, effective.TargetSource);
        Assert.False(effective.UsesDhcp);
        var target = Assert.Single(effective.StaticTargets);
        Assert.Equal(new EffectiveTarget(1, IPAddress.Parse("192.0.2.20"), 3260, 3, "iqn.2001-04.com.example:storage.disk1",
            new TargetChap(ChapMode.None, "", "")), target);
        Assert.True(effective.UseOf("iscsi.initiator.ip-address").IsUsed);
        Assert.True(effective.UseOf("iscsi.initiator.primary-dns").IsUsed);
        Assert.False(effective.UseOf("iscsi.general.dhcp-vendor-id").IsUsed);
        Assert.Contains("Connect is disabled", effective.UseOf("iscsi.target2.ip-address").Reason);
        Assert.True(effective.UseOf("iscsi.target2.connect").IsUsed);
    }

    [Fact]
    public void Nothing_iSCSI_is_used_without_firmware_without_the_option_ROM_or_with_another_boot_protocol()
    {
        var noFirmware = Effective(Factory(iscsiFirmware: false).With(Iscsi));
        Assert.False(noFirmware.IscsiBootAvailable);
        Assert.Contains("no iSCSI boot firmware", noFirmware.UseOf("iscsi.target1.boot-lun").Reason);
        Assert.Equal(27, noFirmware.UseOf("iscsi.target1.boot-lun").GuidePage);

        var pxe = Effective(Factory());
        Assert.Contains("Boot Protocol is PXE", pxe.IscsiUnavailableReason);
        Assert.All(pxe.Uses.Where(u => u.Field.Key.StartsWith("iscsi.", StringComparison.Ordinal)), u => Assert.False(u.Use.IsUsed));

        var romOff = Effective(Factory().With(Iscsi, ("mba.option-rom", "disabled")));
        Assert.False(romOff.IscsiBootAvailable);
        Assert.False(romOff.UseOf("mba.boot-protocol").IsUsed);
        Assert.True(romOff.UseOf("mba.option-rom").IsUsed);
    }

    [Fact]
    public void VLAN_ID_is_ignored_while_VLAN_mode_is_disabled()
    {
        Assert.False(Effective(Factory()).UseOf("mba.vlan-id").IsUsed);
        Assert.Null(Effective(Factory()).VlanId);
        var vlan = Effective(Factory().With(("mba.vlan-mode", "enabled"), ("mba.vlan-id", "300")));
        Assert.True(vlan.UseOf("mba.vlan-id").IsUsed);
        Assert.Equal(300, vlan.VlanId);
    }

    [Fact]
    public void Secondary_device_and_target_as_first_HDD_have_no_effect()
    {
        var effective = Effective(StaticIpv4());
        Assert.Contains("no effect on the simulated boot", effective.UseOf("iscsi.secondary.device-mac").Reason);
        Assert.False(effective.UseOf("iscsi.general.target-as-first-hdd").IsUsed);
    }

    [Fact]
    public void CHAP_fields_are_ignored_unless_CHAP_is_enabled_and_mutual_needs_a_target_secret()
    {
        var off = Effective(StaticIpv4());
        Assert.Equal(ChapMode.None, off.Chap);
        Assert.False(off.UseOf("iscsi.initiator.chap-secret").IsUsed);

        var oneWay = Effective(StaticIpv4().With(("iscsi.general.chap-authentication", "enabled"), ("iscsi.initiator.chap-id", "host"),
            ("iscsi.initiator.chap-secret", "initiatorsecret"), ("iscsi.target1.chap-id", "target")));
        Assert.Equal(ChapMode.OneWay, oneWay.Chap);
        Assert.True(oneWay.UseOf("iscsi.initiator.chap-secret").IsUsed);
        Assert.False(oneWay.UseOf("iscsi.target1.chap-id").IsUsed);

        var mutual = Effective(StaticIpv4().With(
            ("iscsi.general.chap-authentication", "enabled"), ("iscsi.initiator.chap-secret", "initiatorsecret"),
            ("iscsi.target1.chap-id", "target"), ("iscsi.target1.chap-secret", "targetsecret12")));
        Assert.Equal(ChapMode.Mutual, mutual.Chap);
        Assert.Equal(new TargetChap(ChapMode.Mutual, "target", "targetsecret12"), mutual.StaticTargets[0].Chap);
    }

    [Fact]
    public void Offload_path_sends_from_the_iSCSI_MAC()
    {
        var soft = Effective(StaticIpv4());
        Assert.Equal(IscsiPath.NonOffload, soft.Path);
        Assert.Equal(MacAddress.Parse("00:11:22:33:44:55"), soft.WireMac);
        Assert.False(soft.UseOf("mac.iscsi").IsUsed);
        var hba = Effective(StaticIpv4().With(("iscsi.general.hba-boot-mode", "enabled")));
        Assert.Equal(IscsiPath.Offload, hba.Path);
        Assert.Equal(MacAddress.Parse("00:11:22:33:44:56"), hba.WireMac);
    }

    [Fact]
    public void Resolved_values_for_the_boot_engine()
    {
        var effective = Effective(StaticIpv4(AdapterModel.Hp534FlrSfp).With(("iscsi.general.link-up-delay", "30"),
            ("iscsi.general.lun-busy-retry-count", "4"), ("mba.boot-retry-count", "2"), ("iscsi.general.tcp-timestamp", "enabled")));
        Assert.Equal(TimeSpan.FromSeconds(30), effective.LinkUpDelay);
        Assert.Equal(4, effective.LunBusyRetryCount);
        Assert.Equal(2, effective.BootRetryCount);
        Assert.False(effective.RetryIndefinitely);
        Assert.True(effective.UseTcpTimestamp);
        Assert.Equal(LinkSpeed.TenGigabit, effective.ForcedLinkSpeed);
        Assert.Equal("BRCM ISAN", effective.DhcpVendorId);
        Assert.Null(Effective(Factory(AdapterModel.Hp534M)).ForcedLinkSpeed);
    }

    [Fact]
    public void Multi_function_iSCSI_boot_needs_iSCSI_enabled_on_the_function()
    {
        var npar = Factory().With(("adapter.multi-function-mode", "multi-function")).With(new NvramAddress(0, 1), Iscsi);
        var at = new NvramAddress(0, 1);
        Assert.Contains("Multi-Function", Effective(npar, at).IscsiUnavailableReason);
        Assert.True(Effective(npar.With(at, ("npar.iscsi-offload", "enabled")), at).IscsiBootAvailable);
        Assert.Throws<ArgumentOutOfRangeException>(() => Effective(Factory(), at));
        Assert.False(Effective(Factory()).UseOf("npar.ethernet").IsUsed);
    }
}
