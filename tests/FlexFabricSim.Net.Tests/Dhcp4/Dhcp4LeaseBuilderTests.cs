using System.Net;
using System.Net.NetworkInformation;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Dhcp4;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Tests.Dhcp4;

/// <summary>Leases from what dnsmasq and Kea really send, and the vendor-class rule that gates option 43 (G p.6, p.10).</summary>
public sealed class Dhcp4LeaseBuilderTests
{
    private static readonly Dhcp4ClientOptions Options = new() { MacAddress = MacAddress.Parse("00-10-18-AA-BB-1C") };

    public static TheoryData<string, string> BrcmCaptures => new()
    {
        { Dhcp4Captures.DnsmasqOfferBrcm, Dhcp4Captures.DnsmasqAckBrcm },
        { Dhcp4Captures.KeaOfferBrcm, Dhcp4Captures.KeaAckBrcm },
    };

    [Theory]
    [MemberData(nameof(BrcmCaptures))]
    public void Real_brcm_replies_give_both_targets_and_the_initiator_name(string offerHex, string ackHex)
    {
        var lease = Build(offerHex, ackHex);

        Assert.True(lease.VendorMatched);
        Assert.True(lease.HasVendorOptions);
        Assert.Null(lease.VendorOptionsProblem);
        Assert.Equal("iqn.2003-01.org.example:disk1", lease.FirstTarget!.Value!.TargetName);
        Assert.Equal(64, lease.FirstTarget.Value.LunNumber);
        Assert.Equal(IPAddress.Parse("192.0.2.2"), lease.SecondTarget!.Value!.ServerAddress);
        Assert.Equal("iqn.1995-05.com.broadcom:initiator", lease.InitiatorName);
        Assert.Equal("iqn.2003-01.org.example:disk1", lease.RootPath!.Value!.TargetName);
        Assert.Equal(IPAddress.Parse("192.0.2.1"), lease.ServerIdentifier);
    }

    [Theory]
    [InlineData(Dhcp4Captures.DnsmasqOfferOtherVendor)]
    [InlineData(Dhcp4Captures.KeaOfferOtherVendor)]
    public void Without_a_matching_option_60_only_option_17_is_used(string offerHex)
    {
        var lease = Build(offerHex, offerHex.Replace("350102", "350105", StringComparison.Ordinal));

        Assert.False(lease.VendorMatched);
        Assert.Null(lease.FirstTarget);
        Assert.Null(lease.InitiatorName);
        Assert.True(lease.RootPath!.IsValid);
    }

    [Fact]
    public void A_server_answering_another_vendor_id_is_not_matched_and_its_43_is_not_read()
    {
        var ack = Dhcp4Message.Decode(Dhcp4Captures.Bytes(Dhcp4Captures.KeaAckBrcm));
        var qlogic = ack with
        {
            Options = [.. ack.Options.Select(o => o.Code == Dhcp4OptionCode.VendorClassIdentifier
                ? Dhcp4Option.FromString(Dhcp4OptionCode.VendorClassIdentifier, "QLGC ISAN") : o)],
        };

        var lease = Dhcp4LeaseBuilder.Build(qlogic, qlogic, Options);

        Assert.False(lease.VendorMatched);
        Assert.True(lease.HasVendorOptions);
        Assert.Null(lease.FirstTarget);
    }

    [Theory]
    [InlineData(VendorIdMatching.Exact, false)]
    [InlineData(VendorIdMatching.Prefix, true)]
    public void A_longer_server_vendor_class_matches_only_by_prefix(VendorIdMatching matching, bool matched)
    {
        var ack = Dhcp4Message.Decode(Dhcp4Captures.Bytes(Dhcp4Captures.KeaAckBrcm));
        var longer = ack with
        {
            Options = [.. ack.Options.Select(o => o.Code == Dhcp4OptionCode.VendorClassIdentifier
                ? Dhcp4Option.FromString(Dhcp4OptionCode.VendorClassIdentifier, "BRCM ISAN v2") : o)],
        };

        var lease = Dhcp4LeaseBuilder.Build(longer, longer, Options with { VendorIdMatching = matching });

        Assert.Equal(matched, lease.VendorMatched);
        Assert.Equal(matched, lease.FirstTarget is not null);
    }

    [Fact]
    public void A_malformed_option_43_keeps_the_lease_and_says_why()
    {
        var ack = Dhcp4Message.Decode(Dhcp4Captures.Bytes(Dhcp4Captures.KeaAckBrcm));
        var broken = ack with
        {
            Options = [.. ack.Options.Select(o => o.Code == Dhcp4OptionCode.VendorSpecificInformation
                ? Dhcp4Option.FromBytes(Dhcp4OptionCode.VendorSpecificInformation, [0xc9, 0x40, 0x61]) : o)],
        };

        var lease = Dhcp4LeaseBuilder.Build(broken, broken, Options);

        Assert.True(lease.VendorMatched);
        Assert.Null(lease.FirstTarget);
        Assert.Contains(nameof(DhcpFormatReason.TruncatedSubOption), lease.VendorOptionsProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_root_path_keeps_the_lease_and_its_error_names_the_field()
    {
        var ack = Dhcp4Message.Decode(Dhcp4Captures.Bytes(Dhcp4Captures.KeaOfferOtherVendor));
        var badLun = ack with
        {
            Options = [.. ack.Options.Select(o => o.Code == Dhcp4OptionCode.RootPath
                ? Dhcp4Option.FromString(Dhcp4OptionCode.RootPath, "iscsi:192.0.2.1::3260:LUN1:iqn.2003-01.org.example:disk1") : o)],
        };

        var lease = Dhcp4LeaseBuilder.Build(badLun, badLun, Options);

        Assert.False(lease.RootPath!.IsValid);
        Assert.Equal(RootPathField.Lun, lease.RootPath.Error!.Field);
    }

    [Fact]
    public void Options_missing_from_the_ack_come_from_the_offer_and_no_dns_is_an_empty_list()
    {
        var offer = Dhcp4Message.Decode(Dhcp4Captures.Bytes(Dhcp4Captures.KeaOfferBrcm));
        var bareAck = offer with
        {
            Options =
            [
                Dhcp4Option.FromByte(Dhcp4OptionCode.MessageType, 5),
                Dhcp4Option.FromAddresses(Dhcp4OptionCode.ServerIdentifier, IPAddress.Parse("192.0.2.1")),
            ],
        };
        var noDns = offer with { Options = [.. offer.Options.Where(o => o.Code != Dhcp4OptionCode.DomainNameServer)] };

        Assert.Equal("iqn.1995-05.com.broadcom:initiator", Dhcp4LeaseBuilder.Build(offer, bareAck, Options).InitiatorName);
        Assert.Empty(Dhcp4LeaseBuilder.Build(noDns, noDns, Options).DnsServers);
    }

    private static Dhcp4Lease Build(string offerHex, string ackHex) =>
        Dhcp4LeaseBuilder.Build(
            Dhcp4Message.Decode(Dhcp4Captures.Bytes(offerHex)), Dhcp4Message.Decode(Dhcp4Captures.Bytes(ackHex)), Options);
}
