using System.Net;
using System.Net.NetworkInformation;
using FlexFabricSim.Net.Dhcp4;
using FlexFabricSim.Net.RootPaths;

namespace FlexFabricSim.Net.Tests.Dhcp4;

/// <summary>What real servers send (captured from dnsmasq and Kea) decodes into what they meant, and re-encodes.</summary>
public sealed class Dhcp4CaptureTests
{
    public static TheoryData<string, Dhcp4MessageType> Captures => new()
    {
        { nameof(Dhcp4Captures.DnsmasqOfferBrcm), Dhcp4MessageType.Offer },
        { nameof(Dhcp4Captures.DnsmasqAckBrcm), Dhcp4MessageType.Ack },
        { nameof(Dhcp4Captures.DnsmasqOfferOtherVendor), Dhcp4MessageType.Offer },
        { nameof(Dhcp4Captures.KeaOfferBrcm), Dhcp4MessageType.Offer },
        { nameof(Dhcp4Captures.KeaAckBrcm), Dhcp4MessageType.Ack },
        { nameof(Dhcp4Captures.KeaOfferOtherVendor), Dhcp4MessageType.Offer },
    };

    [Theory]
    [MemberData(nameof(Captures))]
    public void Every_capture_decodes_as_a_reply_to_our_client(string name, Dhcp4MessageType type)
    {
        var message = Dhcp4Message.Decode(Capture(name));

        Assert.Equal(Dhcp4Opcode.BootReply, message.Opcode);
        Assert.Equal(type, message.MessageType);
        Assert.Equal(0x1234abcdu, message.TransactionId);
        Assert.Equal(PhysicalAddress.Parse("00-10-18-AA-BB-1C"), message.ClientHardwareAddress);
        Assert.True(message.Flags.HasFlag(Dhcp4Flags.Broadcast));
        Assert.Equal(IPAddress.Parse("192.0.2.1"), message.ServerIdentifier);
        Assert.Equal(IPAddress.Parse("255.255.255.0"), message.SubnetMask);
        Assert.Equal([IPAddress.Parse("192.0.2.1")], message.Routers);
        Assert.Equal([IPAddress.Parse("192.0.2.53"), IPAddress.Parse("192.0.2.54")], message.DomainNameServers);
        Assert.Equal(TimeSpan.FromHours(1), message.LeaseTime);
        Assert.Equal("iscsi:192.0.2.1::3260:1:iqn.2003-01.org.example:disk1", message.RootPath);
        Assert.Equal(1, RootPath.Parse(message.RootPath!).LunNumber);
    }

    [Theory]
    [InlineData(nameof(Dhcp4Captures.DnsmasqOfferBrcm))]
    [InlineData(nameof(Dhcp4Captures.DnsmasqAckBrcm))]
    [InlineData(nameof(Dhcp4Captures.KeaOfferBrcm))]
    [InlineData(nameof(Dhcp4Captures.KeaAckBrcm))]
    public void Brcm_captures_carry_option_60_and_the_iscsi_sub_options(string name)
    {
        var message = Dhcp4Message.Decode(Capture(name));

        Assert.Equal("BRCM ISAN", message.VendorClassIdentifier);
        var vendor = Dhcp4VendorOptions.Decode(message.VendorSpecificInformation!.Value.AsSpan());
        Assert.Equal("iscsi:192.0.2.1::3260:40:iqn.2003-01.org.example:disk1", vendor.FirstTarget);
        Assert.Equal("iscsi:192.0.2.2::3260:0:iqn.2003-01.org.example:disk2", vendor.SecondTarget);
        Assert.Equal("iqn.1995-05.com.broadcom:initiator", vendor.InitiatorName);
        Assert.Equal(64, RootPath.Parse(vendor.FirstTarget!).LunNumber);
    }

    [Fact]
    public void Dnsmasq_puts_an_end_byte_inside_option_43_and_43_last()
    {
        var message = Dhcp4Message.Decode(Capture(nameof(Dhcp4Captures.DnsmasqOfferBrcm)));

        Assert.Equal(Dhcp4OptionCode.VendorSpecificInformation, message.Options[^1].Code);
        Assert.Equal(0xff, message.VendorSpecificInformation!.Value[^1]);
        Assert.Contains(message.Options, o => o.Code == Dhcp4OptionCode.BroadcastAddress);
        Assert.Contains(message.Options, o => o.Code == Dhcp4OptionCode.RenewalTime);
        Assert.Contains(message.Options, o => o.Code == Dhcp4OptionCode.RebindingTime);
    }

    [Fact]
    public void Kea_echoes_option_60_last()
    {
        var message = Dhcp4Message.Decode(Capture(nameof(Dhcp4Captures.KeaOfferBrcm)));

        Assert.Equal(Dhcp4OptionCode.VendorClassIdentifier, message.Options[^1].Code);
    }

    [Theory]
    [InlineData(nameof(Dhcp4Captures.DnsmasqOfferOtherVendor))]
    [InlineData(nameof(Dhcp4Captures.KeaOfferOtherVendor))]
    public void A_client_with_another_vendor_id_gets_no_43_and_no_60(string name)
    {
        var message = Dhcp4Message.Decode(Capture(name));

        Assert.Null(message.VendorClassIdentifier);
        Assert.Null(message.VendorSpecificInformation);
    }

    [Theory]
    [MemberData(nameof(Captures))]
    public void Captures_re_encode_to_the_same_message(string name, Dhcp4MessageType type)
    {
        _ = type;
        var message = Dhcp4Message.Decode(Capture(name));

        var again = Dhcp4Message.Decode(message.ToArray());

        Assert.Equal(message, again);
    }

    [Fact]
    public void Kea_captures_re_encode_to_identical_bytes()
    {
        // Kea writes exactly what our encoder writes: options in order, END, no padding beyond 300 bytes.
        var bytes = Capture(nameof(Dhcp4Captures.KeaOfferBrcm));

        Assert.Equal(Convert.ToHexString(bytes), Convert.ToHexString(Dhcp4Message.Decode(bytes).ToArray()));
    }

    private static byte[] Capture(string name) =>
        Dhcp4Captures.Bytes((string)typeof(Dhcp4Captures).GetField(name)!.GetRawConstantValue()!);
}
