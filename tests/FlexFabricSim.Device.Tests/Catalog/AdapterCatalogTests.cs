using FlexFabricSim.Device.Catalog;

namespace FlexFabricSim.Device.Tests.Catalog;

public class AdapterCatalogTests
{
    [Theory]
    [InlineData("534M", AdapterModel.Hp534M)]
    [InlineData("534m", AdapterModel.Hp534M)]
    [InlineData("534FLR-SFP+", AdapterModel.Hp534FlrSfp)]
    [InlineData("534flr-sfp", AdapterModel.Hp534FlrSfp)]
    [InlineData("Hp534FlrSfp", AdapterModel.Hp534FlrSfp)]
    [InlineData("534FLB", AdapterModel.Hp534Flb)]
    [InlineData(" cn1100r ", AdapterModel.Cn1100R)]
    [InlineData("CN1100R", AdapterModel.Cn1100R)]
    public void Find_accepts_guide_name_file_stem_and_enum_name_ignoring_case(string name, AdapterModel expected)
    {
        Assert.Equal(expected, AdapterCatalog.Find(name).Model);
    }

    [Fact]
    public void Find_of_an_unknown_name_lists_every_valid_name()
    {
        var error = Assert.Throws<ArgumentException>(() => AdapterCatalog.Find("534FLR"));
        Assert.Contains("'534FLR'", error.Message);
        foreach (var model in AdapterCatalog.All)
        {
            Assert.Contains(model.Key, error.Message);
        }
        Assert.False(AdapterCatalog.TryFind("", out _));
    }

    [Fact]
    public void Every_model_is_a_two_port_BCM57810_with_four_functions_per_port()
    {
        Assert.Equal(Enum.GetValues<AdapterModel>().Length, AdapterCatalog.All.Count);
        Assert.All(AdapterCatalog.All, m =>
        {
            Assert.Equal("BCM57810", m.Chip);
            Assert.Equal(2, m.PortCount);
            Assert.Equal(4, m.MaxFunctionsPerPort);
            Assert.StartsWith("HP ", m.DisplayName);
            Assert.Contains(m.Key, m.DisplayName);
        });
        Assert.Equal(
            ["534m", "534flr-sfp", "534flb", "cn1100r"],
            AdapterCatalog.All.Select(m => m.FileStem));
    }

    [Fact]
    public void SFP_plus_models_run_10Gb_fixed_and_backplane_models_autonegotiate_10_or_1Gb()
    {
        foreach (var model in AdapterCatalog.All)
        {
            if (model.Media == PortMedia.SfpPlus)
            {
                Assert.False(model.Autonegotiates);
                Assert.Equal([LinkSpeed.TenGigabit], model.SupportedSpeeds);
            }
            else
            {
                Assert.True(model.Autonegotiates);
                Assert.True(model.Supports(LinkSpeed.OneGigabit));
                Assert.True(model.Supports(LinkSpeed.TenGigabit));
            }
        }
        Assert.Equal(PortMedia.SfpPlus, AdapterCatalog.Get(AdapterModel.Hp534FlrSfp).Media);
        Assert.Equal(PortMedia.SfpPlus, AdapterCatalog.Get(AdapterModel.Cn1100R).Media);
        Assert.Equal(PortMedia.BackplaneKr, AdapterCatalog.Get(AdapterModel.Hp534M).Media);
        Assert.Equal(PortMedia.BackplaneKr, AdapterCatalog.Get(AdapterModel.Hp534Flb).Media);
    }
}
