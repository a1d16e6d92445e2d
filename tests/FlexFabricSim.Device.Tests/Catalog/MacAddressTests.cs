using FlexFabricSim.Device.Catalog;

namespace FlexFabricSim.Device.Tests.Catalog;

public class MacAddressTests
{
    [Theory]
    [InlineData("00:11:22:33:44:55")]
    [InlineData("00-11-22-33-44-55")]
    [InlineData("00:11:22:33:44:55 ")]
    public void Parses_colon_or_dash_and_formats_upper_case_colons(string text)
    {
        if (!MacAddress.TryParse(text.Trim(), out var mac))
        {
            Assert.Fail($"'{text}' did not parse");
        }
        Assert.Equal("00:11:22:33:44:55", mac.ToString());
        Assert.Equal("00.11.22.33.44.55", mac.ToDottedLowerCase());
        Assert.Equal(0x001122334455UL, mac.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("00:11:22:33:44")]
    [InlineData("00:11:22:33:44:55:66")]
    [InlineData("00:11-22:33:44:55")]
    [InlineData("0011.2233.4455")]
    [InlineData("00:11:22:33:44:5g")]
    [InlineData("001122334455")]
    [InlineData("+0:11:22:33:44:55")]
    public void Refuses_anything_else(string text)
    {
        Assert.False(MacAddress.TryParse(text, out _));
        Assert.Throws<FormatException>(() => MacAddress.Parse(text));
    }

    [Fact]
    public void Lower_case_hex_is_accepted_and_the_bytes_round_trip()
    {
        var mac = MacAddress.Parse("00:17:a4:77:00:1f");
        Assert.Equal("00:17:A4:77:00:1F", mac.ToString());
        Assert.Equal(mac, MacAddress.FromBytes(mac.ToArray()));
        Assert.Equal(new byte[] { 0x00, 0x17, 0xA4, 0x77, 0x00, 0x1F }, mac.ToArray());
    }

    [Fact]
    public void Add_carries_across_octets_and_refuses_to_leave_48_bits()
    {
        Assert.Equal(MacAddress.Parse("00:11:22:33:45:00"), MacAddress.Parse("00:11:22:33:44:FF").Add(1));
        Assert.Throws<OverflowException>(() => MacAddress.Parse("FF:FF:FF:FF:FF:FF").Add(1));
        Assert.False(MacAddress.Parse("FF:FF:FF:FF:FF:F0").CanAdd(16));
        Assert.True(MacAddress.Parse("FF:FF:FF:FF:FF:F0").CanAdd(15));
    }

    [Fact]
    public void Multicast_and_zero_are_recognised()
    {
        Assert.True(MacAddress.Parse("01:00:5E:00:00:01").IsMulticast);
        Assert.False(MacAddress.Parse("00:17:A4:77:00:10").IsMulticast);
        Assert.True(MacAddress.Zero.IsZero);
    }
}
