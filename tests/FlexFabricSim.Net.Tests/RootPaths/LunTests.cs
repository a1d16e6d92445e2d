using FlexFabricSim.Net.RootPaths;

namespace FlexFabricSim.Net.Tests.RootPaths;

/// <summary>The 8-byte SAM LUN: text forms, wire bytes, and plain LU numbers.</summary>
public sealed class LunTests
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
        var lun = Lun.Parse(text);

        Assert.Equal(sam, lun.ToSamString());
        Assert.Equal(shortest, lun.ToString());
        Assert.Equal(lun, Lun.Parse(lun.ToString()));
    }

    [Theory]
    [InlineData("g")]
    [InlineData("12345")]
    [InlineData("1-2-3-4-5")]
    [InlineData("-1")]
    [InlineData("1-")]
    [InlineData(" 1")]
    public void Rejects_malformed_text(string text)
    {
        Assert.False(Lun.TryParse(text, out _));
        Assert.Throws<FormatException>(() => Lun.Parse(text));
    }

    [Theory]
    [InlineData(0, "0000000000000000")]
    [InlineData(64, "0040000000000000")]
    [InlineData(255, "00ff000000000000")]
    [InlineData(256, "4100000000000000")]
    [InlineData(16383, "7fff000000000000")]
    public void Plain_numbers_use_peripheral_then_flat_addressing(int number, string wireHex)
    {
        var lun = Lun.FromNumber(number);
        var bytes = new byte[Lun.EncodedLength];
        lun.WriteTo(bytes);

        Assert.Equal(wireHex, Convert.ToHexStringLower(bytes));
        Assert.Equal(number, lun.Number);
        Assert.Equal(lun, Lun.Read(bytes));
    }

    [Fact]
    public void Multi_level_luns_have_no_plain_number()
    {
        Assert.Null(Lun.Parse("4186-9").Number);
        Assert.Null(Lun.Parse("8040").Number);
    }

    [Fact]
    public void Out_of_range_numbers_are_caller_misuse()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Lun.FromNumber(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Lun.FromNumber(16384));
    }
}
