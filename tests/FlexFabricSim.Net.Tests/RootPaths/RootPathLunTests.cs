using FlexFabricSim.Net.RootPaths;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Tests.RootPaths;

/// <summary>The root path's LUN field: RFC 4173 text forms of the 8-byte SAM LUN, and their wire bytes.</summary>
public sealed class RootPathLunTests
{
    [Theory]
    [InlineData("", "0000-0000-0000-0000", "0")]
    [InlineData("0", "0000-0000-0000-0000", "0")]
    [InlineData("40", "0040-0000-0000-0000", "40")]
    [InlineData("0040", "0040-0000-0000-0000", "40")]
    [InlineData("0040-0000-0000-0000", "0040-0000-0000-0000", "40")]
    [InlineData("4186-9", "4186-0009-0000-0000", "4186-9")]
    [InlineData("6734-9-156f-127", "6734-0009-156F-0127", "6734-9-156F-127")]
    public void Parses_and_formats_rfc_4173_forms(string text, string sam, string shortest)
    {
        var lun = RootPathLun.Parse(text);

        Assert.Equal(sam, RootPathLun.FormatSam(lun));
        Assert.Equal(shortest, RootPathLun.Format(lun));
        Assert.Equal(lun, RootPathLun.Parse(RootPathLun.Format(lun)));
    }

    [Theory]
    [InlineData("g")]
    [InlineData("12345")]
    [InlineData("1-2-3-4-5")]
    [InlineData("-1")]
    [InlineData("1-")]
    [InlineData(" 1")]
    [InlineData("0x40")]
    public void Rejects_malformed_text(string text)
    {
        Assert.False(RootPathLun.TryParse(text, out _));
        Assert.Throws<FormatException>(() => RootPathLun.Parse(text));
    }

    [Theory]
    [InlineData("0", 0, "0000000000000000")]
    [InlineData("40", 64, "0040000000000000")]
    [InlineData("ff", 255, "00ff000000000000")]
    [InlineData("4100", 256, "4100000000000000")]
    [InlineData("7fff", 16383, "7fff000000000000")]
    public void Single_level_text_is_the_lun_the_scsi_layer_builds_for_a_number(string text, int number, string wireHex)
    {
        var lun = RootPathLun.Parse(text);
        var bytes = new byte[8];
        lun.WriteTo(bytes);

        Assert.Equal(ScsiLun.FromNumber(number), lun);
        Assert.Equal(wireHex, Convert.ToHexStringLower(bytes));
        Assert.True(lun.TryGetNumber(out var parsed));
        Assert.Equal(number, parsed);
    }

    [Fact]
    public void Multi_level_luns_have_no_plain_number()
    {
        Assert.False(RootPathLun.Parse("4186-9").TryGetNumber(out _));
        Assert.False(RootPathLun.Parse("8040").TryGetNumber(out _));
    }

    [Fact]
    public void Levels_are_read_first_level_first()
    {
        var lun = RootPathLun.Parse("1-2-3-4");

        Assert.Equal([1, 2, 3, 4], Enumerable.Range(0, RootPathLun.LevelCount).Select(i => (int)RootPathLun.GetLevel(lun, i)));
        Assert.Throws<ArgumentOutOfRangeException>(() => RootPathLun.GetLevel(lun, 4));
    }
}
