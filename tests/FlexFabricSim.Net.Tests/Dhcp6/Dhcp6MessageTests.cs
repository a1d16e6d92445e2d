using System.Net;
using System.Net.NetworkInformation;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Dhcp6;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Tests.Dhcp6;

/// <summary>The DHCPv6 codec against captured Kea and dnsmasq replies, round trips, and every rejection reason.</summary>
public sealed class Dhcp6MessageTests
{
    private static readonly MacAddress Mac = MacAddress.Parse("00-10-18-AA-BB-1C");

    public static TheoryData<string> Captures => new()
    {
        nameof(Dhcp6Captures.KeaAdvertiseBrcm),
        nameof(Dhcp6Captures.KeaReplyBrcm),
        nameof(Dhcp6Captures.KeaAdvertiseOtherVendor),
        nameof(Dhcp6Captures.DnsmasqAdvertiseBrcm),
        nameof(Dhcp6Captures.DnsmasqReplyBrcm),
    };

    [Theory]
    [MemberData(nameof(Captures))]
    public void Every_capture_decodes_and_re_encodes_to_identical_bytes(string name)
    {
        var bytes = Capture(name);

        var message = Dhcp6Message.Decode(bytes);

        Assert.Equal(Dhcp6Duid.FromLinkLayer(Mac), message.ClientId);
        Assert.NotNull(message.ServerId);
        Assert.Equal([IPAddress.Parse("2001:db8::53")], message.DnsServers);
        Assert.Equal(Convert.ToHexString(bytes), Convert.ToHexString(message.ToArray()));
    }

    [Fact]
    public void Kea_sends_vendor_class_4413_brcm_isan_and_vendor_options_201_to_203()
    {
        var message = Dhcp6Message.Decode(Capture(nameof(Dhcp6Captures.KeaAdvertiseBrcm)));

        Assert.Equal(Dhcp6MessageType.Advertise, message.MessageType);
        Assert.Equal(0xabcdefu, message.TransactionId);
        var vendorClass = Assert.Single(message.VendorClasses);
        Assert.Equal(IscsiBootVendor.BroadcomEnterpriseNumber, vendorClass.EnterpriseNumber);
        Assert.Equal(["BRCM ISAN"], vendorClass.ItemTexts);
        var vendor = Assert.Single(message.VendorOptions);
        Assert.Equal(4413u, vendor.EnterpriseNumber);
        Assert.Equal("iscsi:[2001:db8::1]::3260:40:iqn.2003-01.org.example:disk1", vendor.FirstTarget);
        Assert.Equal("iscsi:[2001:db8::2]::3260:0:iqn.2003-01.org.example:disk2", vendor.SecondTarget);
        Assert.Equal("iqn.1995-05.com.broadcom:initiator", vendor.InitiatorName);
        var ia = Assert.Single(message.IaNas);
        Assert.Equal(1u, ia.Iaid);
        Assert.Equal(1000u, ia.T1Seconds);
        var address = Assert.Single(ia.Addresses);
        Assert.Equal(IPAddress.Parse("2001:db8::100"), address.Address);
        Assert.Equal(4000u, address.ValidLifetimeSeconds);
    }

    [Fact]
    public void Dnsmasq_sends_vendor_options_without_a_vendor_class_a_message_status_and_a_preference()
    {
        var message = Dhcp6Message.Decode(Capture(nameof(Dhcp6Captures.DnsmasqAdvertiseBrcm)));

        Assert.Empty(message.VendorClasses);
        Assert.Equal("iqn.1995-05.com.broadcom:initiator", Assert.Single(message.VendorOptions).InitiatorName);
        Assert.Equal(Dhcp6StatusCode.Success, message.Status?.Code);
        Assert.Equal("success", message.Status?.Message);
        Assert.Null(Assert.Single(message.IaNas).Status);
        Assert.NotNull(message.FindOption(Dhcp6OptionCode.Preference));
        Assert.Equal(0, message.Preference);
    }

    [Fact]
    public void Another_vendor_gets_neither_16_nor_17()
    {
        var message = Dhcp6Message.Decode(Capture(nameof(Dhcp6Captures.KeaAdvertiseOtherVendor)));

        Assert.Empty(message.VendorClasses);
        Assert.Empty(message.VendorOptions);
    }

    [Fact]
    public void A_solicit_round_trips_and_writes_the_rfc_8415_layout()
    {
        var solicit = new Dhcp6Message
        {
            MessageType = Dhcp6MessageType.Solicit,
            TransactionId = 0x0a0b0c,
            Options =
            [
                Dhcp6Duid.FromLinkLayer(Mac).ToOption(Dhcp6OptionCode.ClientId),
                Dhcp6Option.FromUInt16(Dhcp6OptionCode.ElapsedTime, 0),
                new Dhcp6IaNa { Iaid = 7 }.ToOption(),
                Dhcp6Option.OptionRequest(Dhcp6OptionCode.VendorClass, Dhcp6OptionCode.VendorOptions, Dhcp6OptionCode.DnsServers),
                Dhcp6VendorClass.FromText(IscsiBootVendor.BroadcomEnterpriseNumber, "BRCM ISAN").ToOption(),
            ],
        };

        var bytes = solicit.ToArray();

        Assert.Equal(solicit, Dhcp6Message.Decode(bytes));
        Assert.Equal(
            "010a0b0c" + "0001000a00030001001018aabb1c" + "000800020000" + "0003000c000000070000000000000000" + "0006000600100011" + "0017"
            + "0010000f0000113d00094252434d204953414e",
            Convert.ToHexStringLower(bytes));
        Assert.Equal(
            [Dhcp6OptionCode.VendorClass, Dhcp6OptionCode.VendorOptions, Dhcp6OptionCode.DnsServers],
            Dhcp6Message.Decode(bytes).OptionRequest);
    }

    [Fact]
    public void Vendor_options_round_trip_with_any_enterprise_number()
    {
        var options = Dhcp6VendorOptions.ForIscsiBoot(
            "iscsi:[2001:db8::1]::::iqn.2003-01.org.example:a", initiatorName: "iqn.x", enterpriseNumber: 3561);

        var decoded = Dhcp6VendorOptions.Decode(options.ToOption().Data.AsSpan());

        Assert.Equal(options, decoded);
        Assert.Equal(3561u, decoded.EnterpriseNumber);
        Assert.Equal("iqn.x", decoded.InitiatorName);
    }

    public static TheoryData<string, DhcpFormatReason> Invalid => new()
    {
        { "", DhcpFormatReason.TruncatedHeader },
        { "02abcd", DhcpFormatReason.TruncatedHeader },
        { "0c000000", DhcpFormatReason.RelayMessage },
        { "0d000000", DhcpFormatReason.RelayMessage },
        { "02abcdef00", DhcpFormatReason.TruncatedOption },
        { "02abcdef000100", DhcpFormatReason.TruncatedOption },
        { "02abcdef0001000500030001", DhcpFormatReason.TruncatedOption },
        { "02abcdef000100010a", DhcpFormatReason.BadOptionLength },
        { "02abcdef0003000b0000000100000000000000", DhcpFormatReason.BadOptionLength },
        { "02abcdef0003001000000001000000000000000000050000", DhcpFormatReason.BadOptionLength },
        { "02abcdef0003001000000001000000000000000000050008", DhcpFormatReason.TruncatedOption },
        { "02abcdef000600030001ff", DhcpFormatReason.BadOptionLength },
        { "02abcdef000700020000", DhcpFormatReason.BadOptionLength },
        { "02abcdef00080001ff", DhcpFormatReason.BadOptionLength },
        { "02abcdef000d000100", DhcpFormatReason.BadOptionLength },
        { "02abcdef000e000100", DhcpFormatReason.BadOptionLength },
        { "02abcdef0010000300113d", DhcpFormatReason.BadOptionLength },
        { "02abcdef0010000700113d00050041", DhcpFormatReason.TruncatedSubOption },
        { "02abcdef0011000300113d", DhcpFormatReason.BadOptionLength },
        { "02abcdef00110007000000113d00c9", DhcpFormatReason.TruncatedSubOption },
        { "02abcdef0011000a0000113d00c900050041", DhcpFormatReason.TruncatedSubOption },
        { "02abcdef0017000f20010db80000000000000000000000", DhcpFormatReason.BadOptionLength },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Malformed_datagrams_are_rejected_with_their_reason(string hex, DhcpFormatReason reason)
    {
        var bytes = Convert.FromHexString(hex);

        var error = Assert.Throws<DhcpFormatException>(() => Dhcp6Message.Decode(bytes));

        Assert.Equal(reason, error.Reason);
        Assert.Equal("DHCPv6", error.Protocol);
    }

    [Fact]
    public void Every_proper_prefix_of_a_real_reply_is_rejected_or_is_a_shorter_valid_message()
    {
        // DHCPv6 has no END option: a prefix that stops between options is itself a valid message with fewer options.
        var reply = Capture(nameof(Dhcp6Captures.KeaReplyBrcm));
        var full = Dhcp6Message.Decode(reply);

        for (var length = 0; length < reply.Length; length++)
        {
            try
            {
                var prefix = Dhcp6Message.Decode(reply.AsSpan(0, length));
                Assert.True(prefix.Options.Length < full.Options.Length);
                Assert.Equal(full.Options.Take(prefix.Options.Length), prefix.Options);
            }
            catch (DhcpFormatException error)
            {
                Assert.Contains(error.Reason, new[] { DhcpFormatReason.TruncatedHeader, DhcpFormatReason.TruncatedOption });
            }
        }
    }

    [Fact]
    public void Transaction_ids_over_24_bits_are_caller_misuse()
    {
        var message = new Dhcp6Message { MessageType = Dhcp6MessageType.Solicit, TransactionId = 0x1000000 };

        Assert.Throws<ArgumentException>(() => message.ToArray());
    }

    private static byte[] Capture(string name) =>
        Dhcp6Captures.Bytes((string)typeof(Dhcp6Captures).GetField(name)!.GetRawConstantValue()!);
}
