using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rules;
using static FlexFabricSim.Device.Tests.TestConfigs;

namespace FlexFabricSim.Device.Tests.Rules;

public class TrainingAdvisorTests
{
    private static IReadOnlyList<Advisory> Check(AdapterConfiguration config) => TrainingAdvisor.Check(config);

    private static Advisory Single(AdapterConfiguration config, string key) =>
        Assert.Single(Check(config), a => a.Key == key);

    [Fact]
    public void A_factory_card_and_the_guides_static_example_raise_nothing()
    {
        Assert.Empty(Check(Factory()));
        Assert.Empty(Check(StaticIpv4()));
    }

    [Fact]
    public void The_card_accepts_duplicate_addresses_but_training_mode_warns()
    {
        // G p.7: no check is made for duplicate or wrong addresses; the card accepts them.
        var duplicate = StaticIpv4().With(("iscsi.target1.ip-address", "192.0.2.10"));
        var advisory = Single(duplicate, "iscsi.target1.ip-address");
        Assert.Equal(7, advisory.GuidePage);
        Assert.Contains("initiator's own address", advisory.Message);
    }

    [Fact]
    public void Gateway_outside_the_subnet()
    {
        var advisory = Single(StaticIpv4().With(("iscsi.initiator.default-gateway", "198.51.100.1")), "iscsi.initiator.default-gateway");
        Assert.Contains("outside", advisory.Message);
        Assert.Empty(Check(StaticIpv4().With(("iscsi.initiator.default-gateway", "0.0.0.0"))));
    }

    [Fact]
    public void Static_addressing_without_an_address_or_mask()
    {
        Assert.Contains("no IP address", Single(StaticIpv4().With(("iscsi.initiator.ip-address", "0.0.0.0")),
            "iscsi.initiator.ip-address").Message);
        Assert.Contains("subnet mask", Single(StaticIpv4().With(("iscsi.initiator.subnet-mask", "0")),
            "iscsi.initiator.subnet-mask").Message);
    }

    [Fact]
    public void CHAP_enabled_with_an_empty_secret_or_the_same_secret_both_ways()
    {
        var chap = StaticIpv4().With(("iscsi.general.chap-authentication", "enabled"), ("iscsi.initiator.chap-id", "host"));
        Assert.Equal(9, Single(chap, "iscsi.initiator.chap-secret").GuidePage);
        var same = chap.With(("iscsi.initiator.chap-secret", "samesecret12"), ("iscsi.target1.chap-secret", "samesecret12"));
        Assert.Contains("RFC 7143", Single(same, "iscsi.target1.chap-secret").Message);
        Assert.Empty(Check(chap.With(("iscsi.initiator.chap-secret", "initsecret12"), ("iscsi.target1.chap-secret", "targetsecret"))));
    }

    [Fact]
    public void Boot_LUN_255_with_the_Microsoft_initiator()
    {
        var advisory = Single(StaticIpv4().With(("iscsi.target1.boot-lun", "255")), "iscsi.target1.boot-lun");
        Assert.Equal(27, advisory.GuidePage);
        Assert.Contains("T10", advisory.Message);
    }

    [Fact]
    public void VLAN_with_the_Microsoft_initiator_but_not_with_offload()
    {
        var vlan = StaticIpv4().With(("mba.vlan-mode", "enabled"), ("mba.vlan-id", "20"));
        Assert.Equal(18, Single(vlan, "mba.vlan-mode").GuidePage);
        Assert.Empty(Check(vlan.With(("iscsi.general.hba-boot-mode", "enabled"))));
    }

    [Fact]
    public void ISCSI_configured_but_another_boot_protocol_or_no_firmware()
    {
        var pxe = StaticIpv4().With(("mba.boot-protocol", "pxe"));
        Assert.Contains("Boot Protocol is PXE", Single(pxe, "mba.boot-protocol").Message);
        var noFirmware = Factory(AdapterModel.Hp534FlrSfp, iscsiFirmware: false).With(("mba.boot-protocol", "iscsi"));
        Assert.Equal(27, Single(noFirmware, "mba.boot-protocol").GuidePage);
    }

    [Fact]
    public void Static_targets_without_Connect_an_address_or_a_name()
    {
        var noTarget = StaticIpv4().With(("iscsi.target1.connect", "disabled"));
        Assert.Contains("nothing to log in to", Single(noTarget, "iscsi.target1.connect").Message);
        Assert.Contains("no iSCSI name", Single(StaticIpv4().With(("iscsi.target1.iscsi-name", "")), "iscsi.target1.iscsi-name").Message);
        Assert.Contains("no IP address", Single(StaticIpv4().With(("iscsi.target1.ip-address", "0.0.0.0")),
            "iscsi.target1.ip-address").Message);
    }

    [Fact]
    public void DHCP_vendor_ID_that_a_guide_style_server_will_not_match()
    {
        var dhcp = Factory().With(("mba.boot-protocol", "iscsi"), ("iscsi.general.dhcp-vendor-id", "QLGC ISAN"));
        Assert.Equal(10, Single(dhcp, "iscsi.general.dhcp-vendor-id").GuidePage);
        Assert.Empty(Check(Factory().With(("mba.boot-protocol", "iscsi"))));
    }

    [Fact]
    public void Boot_to_target_disabled_and_NPAR_weights_that_do_not_add_up()
    {
        Assert.NotNull(Single(StaticIpv4().With(("iscsi.general.boot-to-target", "disabled")), "iscsi.general.boot-to-target"));
        var npar = Factory().With(("adapter.multi-function-mode", "multi-function"), ("npar.relative-bandwidth-weight", "30"));
        Assert.Contains("add up to 30", Single(npar, "npar.relative-bandwidth-weight").Message);
        Assert.Empty(Check(npar.With(new NvramAddress(0, 1), ("npar.relative-bandwidth-weight", "70"))
            .With(NvramAddress.OfPort(1), ("npar.relative-bandwidth-weight", "0"))));
    }

    [Fact]
    public void Advisories_say_where()
    {
        var config = StaticIpv4().With(NvramAddress.OfPort(1),
            ("mba.boot-protocol", "iscsi"), ("iscsi.general.iscsi-via-dhcp", "disabled"));
        var advisory = Single(config, "iscsi.target1.connect");
        Assert.Equal(NvramAddress.OfPort(1), advisory.At);
        Assert.StartsWith("port 1: iscsi.target1.connect:", advisory.ToString());
    }
}
