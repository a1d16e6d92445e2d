using System.Net;
using System.Net.NetworkInformation;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Dhcp6;

namespace FlexFabricSim.Net.Tests.Dhcp6;

/// <summary>Leases from what Kea and dnsmasq really send: option 17 is read only when option 16 matches (G p.11).</summary>
public sealed class Dhcp6LeaseBuilderTests
{
    private static readonly Dhcp6ClientOptions Options = new() { MacAddress = MacAddress.Parse("00-10-18-AA-BB-1C") };

    [Fact]
    public void Keas_reply_matches_and_gives_both_targets_and_the_initiator_name()
    {
        var lease = Build(Dhcp6Captures.KeaAdvertiseBrcm, Dhcp6Captures.KeaReplyBrcm);

        Assert.True(lease.VendorMatched);
        Assert.Equal(4413u, lease.VendorClassEnterprise);
        Assert.Equal(4413u, lease.VendorOptionsEnterprise);
        Assert.Equal(IPAddress.Parse("2001:db8::100"), lease.Address);
        Assert.Equal("[2001:db8::1]", lease.FirstTarget!.Value!.ToString()[6..19]);
        Assert.Equal(IPAddress.Parse("2001:db8::2"), lease.SecondTarget!.Value!.ServerAddress);
        Assert.Equal("iqn.1995-05.com.broadcom:initiator", lease.InitiatorName);
    }

    [Fact]
    public void Dnsmasqs_reply_has_no_option_16_so_its_option_17_is_not_used()
    {
        // notes/dhcp-servers.md: dnsmasq cannot send a valid option 16; G p.11 requires one. Use Kea for the IPv6 path.
        var lease = Build(Dhcp6Captures.DnsmasqAdvertiseBrcm, Dhcp6Captures.DnsmasqReplyBrcm);

        Assert.False(lease.VendorMatched);
        Assert.True(lease.HasVendorOptions);
        Assert.Null(lease.FirstTarget);
        Assert.Equal(IPAddress.Parse("2001:db8::1c8"), lease.Address);
    }

    [Theory]
    [InlineData(VendorIdMatching.Prefix, "BRCM ISAN v2", true)]
    [InlineData(VendorIdMatching.Exact, "BRCM ISAN v2", false)]
    [InlineData(VendorIdMatching.Prefix, "QLGC ISAN", false)]
    public void Vendor_class_data_is_matched_by_the_configured_rule_and_any_enterprise(VendorIdMatching matching, string data, bool matched)
    {
        var reply = Dhcp6Message.Decode(Dhcp6Captures.Bytes(Dhcp6Captures.KeaReplyBrcm));
        var changed = reply with
        {
            Options =
            [
                .. reply.Options.Select(o => o.Code == Dhcp6OptionCode.VendorClass ? Dhcp6VendorClass.FromText(3561, data).ToOption() : o),
            ],
        };

        var lease = Dhcp6LeaseBuilder.Build(changed, changed, Options with { VendorIdMatching = matching });

        Assert.Equal(matched, lease.VendorMatched);
        Assert.Equal(3561u, lease.VendorClassEnterprise);
    }

    private static Dhcp6Lease Build(string advertiseHex, string replyHex) =>
        Dhcp6LeaseBuilder.Build(
            Dhcp6Message.Decode(Dhcp6Captures.Bytes(advertiseHex)), Dhcp6Message.Decode(Dhcp6Captures.Bytes(replyHex)), Options);
}
