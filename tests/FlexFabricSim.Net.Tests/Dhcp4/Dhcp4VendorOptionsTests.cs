using FlexFabricSim.Net.Dhcp4;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Tests.Dhcp4;

/// <summary>Option 43 as Broadcom's encapsulated sub-options 201/202/203 (RFC 2132 §8.4; G p.10).</summary>
public sealed class Dhcp4VendorOptionsTests
{
    [Fact]
    public void Iscsi_sub_options_round_trip_in_the_order_given()
    {
        var options = Dhcp4VendorOptions.ForIscsiBoot("iscsi:192.0.2.1::::iqn.2003-01.org.example:a", null, "iqn.1995-05.com.broadcom:i");

        var decoded = Dhcp4VendorOptions.Decode(options.ToOption().Data.AsSpan());

        Assert.Equal(options, decoded);
        Assert.Equal([201, 203], decoded.SubOptions.Select(s => (int)s.Code));
        Assert.Null(decoded.SecondTarget);
    }

    [Fact]
    public void The_encoding_is_code_length_data_without_end()
    {
        var options = Dhcp4VendorOptions.ForIscsiBoot(null, null, "iqn");

        Assert.Equal("cb0369716e", Convert.ToHexStringLower(options.ToOption().Data.AsSpan()));
    }

    [Fact]
    public void Pad_and_end_are_honoured_and_any_order_is_read()
    {
        var decoded = Dhcp4VendorOptions.Decode(Convert.FromHexString("00" + "cb0169" + "0000" + "c90178" + "ff" + "ca0179"));

        Assert.Equal("i", decoded.InitiatorName);
        Assert.Equal("x", decoded.FirstTarget);
        Assert.Null(decoded.SecondTarget);
    }

    [Theory]
    [InlineData("c9")]
    [InlineData("c905616263")]
    [InlineData("cb0169c9")]
    public void Truncated_sub_options_are_rejected(string hex)
    {
        var error = Assert.Throws<DhcpFormatException>(() => Dhcp4VendorOptions.Decode(Convert.FromHexString(hex)));

        Assert.Equal(DhcpFormatReason.TruncatedSubOption, error.Reason);
    }

    [Fact]
    public void Sub_options_over_255_bytes_are_refused_when_encoding()
    {
        var options = Dhcp4VendorOptions.ForIscsiBoot(new string('x', 256));

        Assert.Throws<ArgumentException>(() => options.ToOption());
    }
}
