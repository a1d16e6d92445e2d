using FlexFabricSim.Device.Catalog;

namespace FlexFabricSim.Device.Tests.Catalog;

public class MacPlanTests
{
    private static readonly MacAddress Base = MacAddress.Parse("00:10:18:00:00:10");

    [Fact]
    public void Iscsi_MAC_follows_the_Ethernet_MAC_as_in_the_SPEC_example()
    {
        // SPEC (from D): "...:1B Ethernet, ...:1C iSCSI".
        var ethernet = MacAddress.Parse("00:10:18:00:00:1B");
        Assert.Equal(MacAddress.Parse("00:10:18:00:00:1C"), MacPlan.Iscsi(ethernet, 0, 0));
    }

    [Theory]
    [InlineData(0, 0, "00:10:18:00:00:10", "00:10:18:00:00:11")]
    [InlineData(0, 1, "00:10:18:00:00:12", "00:10:18:00:00:13")]
    [InlineData(0, 3, "00:10:18:00:00:16", "00:10:18:00:00:17")]
    [InlineData(1, 0, "00:10:18:00:00:18", "00:10:18:00:00:19")]
    [InlineData(1, 3, "00:10:18:00:00:1E", "00:10:18:00:00:1F")]
    public void Each_port_owns_a_block_of_eight(int port, int function, string ethernet, string iscsi)
    {
        Assert.Equal(ethernet, MacPlan.Ethernet(Base, port, function).ToString());
        Assert.Equal(iscsi, MacPlan.Iscsi(Base, port, function).ToString());
    }

    [Fact]
    public void All_sixteen_addresses_of_a_card_are_distinct()
    {
        var all = Enumerable.Range(0, 2).SelectMany(p => Enumerable.Range(0, 4)
            .SelectMany(f => new[] { MacPlan.Ethernet(Base, p, f), MacPlan.Iscsi(Base, p, f) })).ToArray();
        Assert.Equal(16, all.Distinct().Count());
        Assert.Equal(16, MacPlan.AddressesUsed(2));
    }

    [Theory]
    [InlineData("00:00:00:00:00:00", "not a station address")]
    [InlineData("01:17:A4:77:00:10", "multicast")]
    [InlineData("FE:FF:FF:FF:FF:F8", "no room")]
    public void CheckBase_refuses_addresses_that_cannot_start_a_card(string mac, string expected)
    {
        var problem = MacPlan.CheckBase(MacAddress.Parse(mac), AdapterCatalog.Get(AdapterModel.Hp534M));
        Assert.NotNull(problem);
        Assert.Contains(expected, problem);
        Assert.Null(MacPlan.CheckBase(MacAddress.Parse("00:17:A4:77:00:10"), AdapterCatalog.Get(AdapterModel.Hp534M)));
    }
}
