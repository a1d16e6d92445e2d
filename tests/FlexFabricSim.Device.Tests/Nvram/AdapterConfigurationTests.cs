using System.Net;
using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rules;
using static FlexFabricSim.Device.Tests.TestConfigs;

namespace FlexFabricSim.Device.Tests.Nvram;

public class AdapterConfigurationTests
{
    [Fact]
    public void A_factory_card_has_every_stored_field_at_its_default_on_every_port_and_function()
    {
        var config = Factory(AdapterModel.Hp534FlrSfp);
        Assert.Equal(MultiFunctionMode.SingleFunction, config.MultiFunctionMode);
        Assert.Equal(2, config.Ports.Count);
        Assert.All(config.Ports, p => Assert.Equal(4, p.Functions.Count));
        Assert.Equal([NvramAddress.OfPort(0), NvramAddress.OfPort(1)], config.Addresses);
        foreach (var port in Enumerable.Range(0, 2))
        {
            foreach (var function in Enumerable.Range(0, 4))
            {
                var at = new NvramAddress(port, function);
                Assert.All(FieldCatalog.Stored, f => Assert.Equal(f.DefaultFor(config.ModelInfo, IpVersion.Ipv4), config.Get(at, f.Key)));
            }
        }
        Assert.Equal("10gbps", config.Get(Port0, "mba.link-speed"));
        Assert.Empty(config.Validate());
    }

    [Fact]
    public void Addresses_and_ROM_facts_are_derived_not_stored()
    {
        var config = Factory();
        Assert.Equal("00:11:22:33:44:55", config.Get(Port0, "mac.ethernet"));
        Assert.Equal("00:11:22:33:44:56", config.Get(Port0, "mac.iscsi"));
        Assert.Equal("00:11:22:33:44:5D", config.Get(NvramAddress.OfPort(1), "mac.ethernet"));
        Assert.Equal("00:11:22:33:44:5C", config.Get(new NvramAddress(0, 3), "mac.iscsi"));
        Assert.Equal("present", config.Get(Port0, "rom.iscsi-boot-firmware"));
        Assert.Equal("7.8.21", config.Get(Port0, "rom.mba-version"));
        Assert.Equal("absent", Factory(iscsiFirmware: false).Get(Port0, "rom.iscsi-boot-firmware"));
        Assert.Equal("", Factory(iscsiFirmware: false).Get(Port0, "rom.iscsi-boot-version"));
        Assert.DoesNotContain(config.Ports[0].Functions[0].Values.Keys, k => k.StartsWith("mac.", StringComparison.Ordinal));
    }

    [Fact]
    public void CreateFactory_refuses_a_multicast_or_zero_base_MAC()
    {
        Assert.Throws<ArgumentException>(() => AdapterConfiguration.CreateFactory(AdapterModel.Hp534M,
            MacAddress.Parse("01:00:5E:00:00:01")));
        Assert.Throws<ArgumentException>(() => AdapterConfiguration.CreateFactory(AdapterModel.Hp534M, MacAddress.Zero));
    }

    [Fact]
    public void Equal_settings_make_equal_configurations_whatever_the_path()
    {
        var a = Factory().With(("iscsi.target1.boot-lun", "5"), ("mba.boot-protocol", "iscsi"));
        var b = Factory().With(("mba.boot-protocol", "iscsi"), ("iscsi.target1.boot-lun", "9"), ("iscsi.target1.boot-lun", "5"));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Factory());
        Assert.Equal(a.GetTarget(Port0, 1), b.GetTarget(Port0, 1));
    }

    [Fact]
    public void Port_scope_fields_are_shared_by_the_ports_functions_and_function_scope_fields_are_not()
    {
        var npar = Factory().With(("adapter.multi-function-mode", "multi-function"));
        var changed = npar.With(new NvramAddress(0, 2), ("mba.link-speed", "1gbps"), ("mba.boot-protocol", "iscsi"));
        Assert.All(Enumerable.Range(0, 4), f => Assert.Equal("1gbps", changed.Get(new NvramAddress(0, f), "mba.link-speed")));
        Assert.Equal("autoneg", changed.Get(NvramAddress.OfPort(1), "mba.link-speed"));
        Assert.Equal("iscsi", changed.Get(new NvramAddress(0, 2), "mba.boot-protocol"));
        Assert.Equal("pxe", changed.Get(new NvramAddress(0, 0), "mba.boot-protocol"));
    }

    [Fact]
    public void Switching_modes_loses_nothing()
    {
        var npar = Factory().With(("adapter.multi-function-mode", "multi-function"))
            .With(new NvramAddress(1, 3), ("iscsi.target1.boot-lun", "42"));
        var single = npar.With(("adapter.multi-function-mode", "single-function"));
        Assert.Equal([NvramAddress.OfPort(0), NvramAddress.OfPort(1)], single.Addresses);
        Assert.Equal("42", single.Get(new NvramAddress(1, 3), "iscsi.target1.boot-lun"));
        Assert.Equal(npar, single.With(("adapter.multi-function-mode", "multi-function")));
        Assert.Equal(8, npar.Addresses.Count);
    }

    [Fact]
    public void Switching_modes_reports_what_it_means()
    {
        var toNpar = Assert.IsType<ChangeOutcome.Accepted>(Factory().TryChange(Port0, "adapter.multi-function-mode", "multi-function"));
        Assert.Contains("HBA Boot Mode", Assert.Single(toNpar.Consequences).Message);
        var back = Assert.IsType<ChangeOutcome.Accepted>(toNpar.Result.TryChange(Port0, "adapter.multi-function-mode", "single-function"));
        Assert.Contains("kept", Assert.Single(back.Consequences).Message);
    }

    [Fact]
    public void Switching_IP_version_loses_all_IP_settings_and_says_so()
    {
        var config = StaticIpv4().With(("iscsi.target2.ip-address", "192.0.2.21"), ("iscsi.initiator.primary-dns", "192.0.2.53"));
        var outcome = Assert.IsType<ChangeOutcome.Accepted>(config.TryChange(Port0, "iscsi.general.ip-version", "ipv6"));
        var consequence = Assert.Single(outcome.Consequences);
        Assert.Equal(6, consequence.GuidePage);
        Assert.Contains("loses all IP settings", consequence.Message);
        Assert.Equal(
            FieldCatalog.All.Where(f => f.IsIpDependent).Select(f => f.Key).Order(),
            consequence.AffectedKeys.Order());
        var v6 = outcome.Result;
        Assert.All(["iscsi.initiator.ip-address", "iscsi.initiator.default-gateway", "iscsi.initiator.primary-dns",
            "iscsi.initiator.secondary-dns", "iscsi.target1.ip-address", "iscsi.target2.ip-address"],
            k => Assert.Equal("::", v6.Get(Port0, k)));
        Assert.Equal("0", v6.Get(Port0, "iscsi.initiator.subnet-mask"));
        // Non-IP settings survive.
        Assert.Equal("iqn.2001-04.com.example:storage.disk1", v6.Get(Port0, "iscsi.target1.iscsi-name"));
        // Switching back resets to IPv4's unspecified values.
        var back = v6.With(("iscsi.general.ip-version", "ipv4"));
        Assert.Equal("0.0.0.0", back.Get(Port0, "iscsi.initiator.ip-address"));
        Assert.Equal("0.0.0.0", back.Get(Port0, "iscsi.initiator.subnet-mask"));
        Assert.Empty(back.Validate());
        // Setting the same version again changes nothing and reports nothing.
        Assert.Empty(Assert.IsType<ChangeOutcome.Accepted>(config.TryChange(Port0, "iscsi.general.ip-version", "ipv4")).Consequences);
    }

    [Fact]
    public void Typed_views_reflect_the_stored_values()
    {
        var config = StaticIpv4().With(("mba.boot-retry-count", "indefinite"), ("mba.vlan-mode", "enabled"), ("mba.vlan-id", "42"),
            ("iscsi.general.boot-to-target", "one-time-disabled"));
        var mba = config.GetMba(Port0);
        Assert.Equal(BootProtocol.Iscsi, mba.BootProtocol);
        Assert.True(mba.RetryIndefinitely);
        Assert.True(mba.VlanMode);
        Assert.Equal(42, mba.VlanId);
        Assert.Equal(BootToTarget.OneTimeDisabled, config.GetGeneral(Port0).BootToTarget);
        var initiator = config.GetInitiator(Port0);
        Assert.Equal(IPAddress.Parse("192.0.2.10"), initiator.IpAddress);
        Assert.Equal(24, initiator.PrefixLength);
        var target = config.GetTarget(Port0, 1);
        Assert.True(target.Connect);
        Assert.Equal(3260, target.TcpPort);
        Assert.Equal(MacAddress.Zero, config.GetSecondaryDevice(Port0).DeviceMac);
        Assert.Equal(new NparFunctionSettings(true, false, false, 0, 100), config.GetNparFunction(Port0));
        Assert.Throws<ArgumentOutOfRangeException>(() => config.GetTarget(Port0, 3));
    }

    [Fact]
    public void AllowedChoices_and_CheckEditable_tell_menus_what_they_may_offer()
    {
        var config = Factory();
        Assert.Equal(["disabled"], config.AllowedChoices(Port0, "iscsi.general.target-as-first-hdd").Select(c => c.Value));
        Assert.Empty(config.AllowedChoices(Port0, "iscsi.general.ip-autoconfiguration"));
        Assert.Equal(RuleId.VlanIdReadOnlyWhileVlanDisabled, config.CheckEditable(Port0, "mba.vlan-id")?.Rule);
        Assert.Null(config.CheckEditable(Port0, "mba.vlan-mode"));
        Assert.Equal(4, config.AllowedChoices(Port0, "mba.boot-protocol").Count);
    }

    [Fact]
    public void Get_refuses_ports_that_do_not_exist()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Factory().Get(NvramAddress.OfPort(2), "mba.boot-protocol"));
        Assert.Throws<KeyNotFoundException>(() => Factory().Get(Port0, "mba.nope"));
    }
}
