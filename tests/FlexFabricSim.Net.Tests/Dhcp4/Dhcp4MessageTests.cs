using System.Net;
using System.Net.NetworkInformation;
using System.Text;
using FlexFabricSim.Net.Dhcp4;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Tests.Dhcp4;

/// <summary>The DHCPv4 codec: round trips, the encoder's layout, RFC 3396 and option overload, and every rejection reason.</summary>
public sealed class Dhcp4MessageTests
{
    private static readonly PhysicalAddress Mac = PhysicalAddress.Parse("00-10-18-AA-BB-1C");

    private static Dhcp4Message Discover() => new()
    {
        TransactionId = 0x1234abcd,
        Seconds = 4,
        Flags = Dhcp4Flags.Broadcast,
        ClientHardwareAddress = Mac,
        Options =
        [
            Dhcp4Option.FromByte(Dhcp4OptionCode.MessageType, (byte)Dhcp4MessageType.Discover),
            Dhcp4Option.FromString(Dhcp4OptionCode.VendorClassIdentifier, "BRCM ISAN"),
            Dhcp4Option.FromBytes(Dhcp4OptionCode.ParameterRequestList, [1, 3, 6, 12, 15, 17, 43, 60]),
        ],
    };

    [Fact]
    public void A_message_round_trips()
    {
        var message = Discover() with
        {
            ClientAddress = IPAddress.Parse("192.0.2.7"),
            ServerHostName = "san1",
            BootFileName = "boot/file",
            Hops = 1,
        };

        var decoded = Dhcp4Message.Decode(message.ToArray());

        Assert.Equal(message, decoded);
        Assert.Equal(Dhcp4MessageType.Discover, decoded.MessageType);
        Assert.Equal([Dhcp4OptionCode.SubnetMask, Dhcp4OptionCode.Router, Dhcp4OptionCode.DomainNameServer, Dhcp4OptionCode.HostName,
            Dhcp4OptionCode.DomainName, Dhcp4OptionCode.RootPath, Dhcp4OptionCode.VendorSpecificInformation,
            Dhcp4OptionCode.VendorClassIdentifier], decoded.ParameterRequestList);
    }

    [Fact]
    public void The_encoder_writes_the_bootp_header_cookie_options_and_end_padded_to_300_bytes()
    {
        var bytes = Discover().ToArray();

        Assert.Equal(300, bytes.Length);
        Assert.Equal(Discover().GetEncodedLength(), bytes.Length);
        Assert.Equal("010106001234abcd00048000", Convert.ToHexStringLower(bytes[..12]));
        Assert.Equal("001018aabb1c", Convert.ToHexStringLower(bytes[28..34]));
        Assert.Equal("63825363", Convert.ToHexStringLower(bytes[236..240]));
        var vendorClass = Convert.ToHexStringLower(Encoding.ASCII.GetBytes("BRCM ISAN"));
        Assert.Equal("350101" + "3c09" + vendorClass + "3708010306" + "0c0f112b3c" + "ff",
            Convert.ToHexStringLower(bytes[240..(240 + 3 + 11 + 10 + 1)]));
        Assert.All(bytes[(240 + 25)..], b => Assert.Equal(0, b));
    }

    [Fact]
    public void WriteTo_refuses_a_short_buffer_and_writes_exactly_the_declared_length()
    {
        var message = Discover();
        var buffer = new byte[message.GetEncodedLength() + 10];

        Assert.Throws<ArgumentException>(() => message.WriteTo(new byte[message.GetEncodedLength() - 1]));
        Assert.Equal(message.GetEncodedLength(), message.WriteTo(buffer));
    }

    [Fact]
    public void Long_options_are_split_and_joined_again_as_rfc_3396_says()
    {
        var longPath = "iscsi:192.0.2.1::3260:0:iqn.2003-01.org.example:" + new string('d', 300);
        var message = Discover() with { Options = [Dhcp4Option.FromString(Dhcp4OptionCode.RootPath, longPath)] };

        var bytes = message.ToArray();
        var decoded = Dhcp4Message.Decode(bytes);

        Assert.Equal(0x11, bytes[240]);
        Assert.Equal(255, bytes[241]);
        Assert.Equal(2, decoded.Options.Length);
        Assert.Equal(longPath, decoded.RootPath);
    }

    [Fact]
    public void Options_overloaded_into_file_then_sname_are_read_in_that_order()
    {
        var datagram = Dhcp4TestData.WithOptions("350102" + "340103" + "ff");
        // RFC 2131 §4.1: 'file' (offset 108) first, then 'sname' (offset 44).
        Convert.FromHexString("1104" + "6162" + "6364" + "ff").CopyTo(datagram, 108);
        Convert.FromHexString("0304c0000201ff").CopyTo(datagram, 44);

        var message = Dhcp4Message.Decode(datagram);

        Assert.Equal("abcd", message.RootPath);
        Assert.Equal([IPAddress.Parse("192.0.2.1")], message.Routers);
        Assert.Equal(string.Empty, message.ServerHostName);
        Assert.Equal(string.Empty, message.BootFileName);
    }

    [Fact]
    public void What_real_servers_send_is_accepted()
    {
        // PAD before options, an empty option 6 (dnsmasq's dhcp-option=6 with no value), unasked options, any order,
        // text with a trailing NUL, and PAD after END.
        var message = Dhcp4Message.Decode(Dhcp4TestData.WithOptions(
            "0000" + "0600" + "1c04c00002ff" + "350105" + "0c0568737431" + "00" + "ff" + "0000"));

        Assert.Equal(Dhcp4MessageType.Ack, message.MessageType);
        Assert.Empty(message.DomainNameServers);
        Assert.Equal("hst1", message.HostName);
        Assert.Null(message.SubnetMask);
        Assert.Null(message.LeaseTime);
    }

    [Fact]
    public void An_infinite_lease_is_read_as_infinite()
    {
        var message = Dhcp4Message.Decode(Dhcp4TestData.WithOptions("350105" + "3304ffffffff" + "ff"));

        Assert.Equal(Timeout.InfiniteTimeSpan, message.LeaseTime);
    }

    [Theory]
    [MemberData(nameof(Dhcp4TestData.Invalid), MemberType = typeof(Dhcp4TestData))]
    public void Malformed_datagrams_are_rejected_with_their_reason(byte[] datagram, DhcpFormatReason reason)
    {
        var error = Assert.Throws<DhcpFormatException>(() => Dhcp4Message.Decode(datagram));

        Assert.Equal(reason, error.Reason);
        Assert.Equal("DHCPv4", error.Protocol);
        Assert.InRange(error.Offset, 0, datagram.Length);
    }

    [Fact]
    public void Every_proper_prefix_of_a_real_offer_is_rejected_never_misread()
    {
        var offer = Dhcp4Captures.Bytes(Dhcp4Captures.KeaOfferBrcm);
        var endAt = offer.Length - 1;

        for (var length = 0; length < endAt + 1; length++)
        {
            var error = Assert.Throws<DhcpFormatException>(() => Dhcp4Message.Decode(offer.AsSpan(0, length)));
            Assert.Contains(error.Reason,
                new[] { DhcpFormatReason.TruncatedHeader, DhcpFormatReason.TruncatedOption, DhcpFormatReason.MissingEndOption });
        }
        Assert.Equal(Dhcp4Message.Decode(offer), Dhcp4Message.Decode(offer.AsSpan(0, endAt + 1)));
    }

    [Fact]
    public void The_encoder_refuses_values_it_cannot_write()
    {
        Assert.Throws<ArgumentException>(() => (Discover() with { ClientAddress = IPAddress.IPv6Loopback }).ToArray());
        Assert.Throws<ArgumentException>(() => (Discover() with { ClientHardwareAddress = new PhysicalAddress(new byte[17]) }).ToArray());
        Assert.Throws<ArgumentException>(() => (Discover() with { ServerHostName = new string('s', 64) }).ToArray());
        Assert.Throws<ArgumentException>(() => (Discover() with { Options = [Dhcp4Option.FromByte(Dhcp4OptionCode.End, 0)] }).ToArray());
        Assert.Throws<ArgumentException>(() => Dhcp4Option.FromAddresses(Dhcp4OptionCode.Router, IPAddress.IPv6Loopback));
    }

    [Fact]
    public void Options_compare_by_their_bytes()
    {
        var a = Dhcp4Option.FromString(Dhcp4OptionCode.RootPath, "x");
        var b = Dhcp4Option.FromBytes(Dhcp4OptionCode.RootPath, "x"u8);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Dhcp4Option.FromString(Dhcp4OptionCode.HostName, "x"));
    }
}
