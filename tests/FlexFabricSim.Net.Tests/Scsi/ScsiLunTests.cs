using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Tests.Scsi;

/// <summary>SAM-5 §4.7 LUN encoding: peripheral device addressing for 0-255, flat space addressing to 16383, both ways.</summary>
public sealed class ScsiLunTests
{
    [Theory]
    [MemberData(nameof(ScsiTestData.Luns), MemberType = typeof(ScsiTestData))]
    public void NumbersEncodeToTheGoldenBytes(int number, string hex, ScsiLunAddressing addressing)
    {
        var lun = ScsiLun.FromNumber(number);
        var bytes = new byte[8];
        lun.WriteTo(bytes);
        Assert.Equal(hex, Convert.ToHexString(bytes));
        Assert.Equal(addressing, lun.Addressing);
        Assert.Equal(lun, ScsiLun.Read(Convert.FromHexString(hex)));
        Assert.True(lun.TryGetNumber(out var back));
        Assert.Equal(number, back);
        Assert.Equal(number.ToString(System.Globalization.CultureInfo.InvariantCulture), lun.ToString());
    }

    [Fact]
    public void EveryNumberFrom0To16383RoundTrips()
    {
        for (var n = 0; n <= ScsiLun.MaxFlatNumber; n++)
        {
            var lun = ScsiLun.FromNumber(n);
            Assert.True(lun.TryGetNumber(out var back) && back == n, $"LUN {n}");
            Assert.Equal(n < 256 ? ScsiLunAddressing.Peripheral : ScsiLunAddressing.Flat, lun.Addressing);
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(16384)]
    [InlineData(int.MaxValue)]
    public void NumbersOutsideFlatSpaceAreRefused(int number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ScsiLun.FromNumber(number));

    [Theory]
    [InlineData("4005000000000000", 5)] // flat space may also carry small numbers (what some targets report)
    [InlineData("0000000000000000", 0)]
    public void FlatAddressesOfSmallNumbersAreUnderstood(string hex, int number)
    {
        Assert.True(ScsiLun.Read(Convert.FromHexString(hex)).TryGetNumber(out var n));
        Assert.Equal(number, n);
    }

    [Theory]
    [InlineData("0105000000000000")] // peripheral device addressing on bus 1
    [InlineData("8123000000000000")] // logical unit addressing (target, bus, LUN)
    [InlineData("C000000000000000")] // extended logical unit addressing
    [InlineData("0001000200000000")] // a second level: a hierarchical LUN
    [InlineData("4001000000000001")]
    public void OtherAddressFormsHaveNoSingleNumber(string hex)
    {
        var lun = ScsiLun.Read(Convert.FromHexString(hex));
        Assert.False(lun.TryGetNumber(out _));
        Assert.Equal(hex.ToLowerInvariant(), lun.ToString());
    }
}
