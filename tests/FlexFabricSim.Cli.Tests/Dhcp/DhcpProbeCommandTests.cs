using System.Net;
using FlexFabricSim.Cli.Commands.Dhcp;
using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Dhcp4;
using FlexFabricSim.Net.Dhcp6;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Testing;

namespace FlexFabricSim.Cli.Tests.Dhcp;

/// <summary><c>flexfabric dhcp probe</c>: refusals of bad input, and the report it prints (text and JSON, golden files).</summary>
/// <remarks>The probe itself runs against dnsmasq and Kea in the interop tests (tests/FlexFabricSim.Interop.Tests/Dhcp).</remarks>
public sealed class DhcpProbeCommandTests
{
    [Theory]
    [InlineData("--mac", "zz:zz", "--mac")]
    [InlineData("--mac", "01:00:5e:00:00:01", "unicast")]
    [InlineData("--vendor-id", "0123456789012345678901234567890123", "32 characters")]
    [InlineData("--vlan", "4095", "--vlan")]
    [InlineData("--timeout", "0", "--timeout")]
    public void Bad_values_are_refused_with_exit_2_before_touching_the_network(string option, string value, string said)
    {
        var result = CliRunner.Run("dhcp", "probe", "--interface", "lo", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(said, result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void An_unknown_interface_is_refused_with_exit_2()
    {
        var result = CliRunner.Run("dhcp", "probe", "--interface", "nosuchif0");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("nosuchif0", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_describes_the_options()
    {
        var result = CliRunner.Succeeds("dhcp", "probe", "--help");

        Assert.Contains("--vendor-id", result.Output, StringComparison.Ordinal);
        Assert.Contains("--ipv6", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dhcpv4_lease_is_reported_as_text_and_json()
    {
        var report = DhcpProbeReport.From(new DhcpResult<Dhcp4Lease>(Lease4, null, "ACK of 192.0.2.73"));

        Snapshot.Verify(report.ToText(), "dhcpv4.text");
        Snapshot.Verify(report.ToJson(), "dhcpv4.json");
    }

    [Fact]
    public void A_dhcpv6_lease_is_reported_as_text_and_json()
    {
        var lease = new Dhcp6Lease
        {
            Address = IPAddress.Parse("2001:db8::100"),
            PreferredLifetime = TimeSpan.FromSeconds(3000),
            ValidLifetime = TimeSpan.FromSeconds(4000),
            DnsServers = [IPAddress.Parse("2001:db8::53")],
            ServerId = Dhcp6Duid.FromLinkLayer(MacAddress.Parse("02:00:00:00:00:01")),
            VendorClassEnterprise = 4413,
            VendorClass = ["BRCM ISAN"],
            VendorMatched = true,
            VendorOptionsEnterprise = 4413,
            FirstTarget = OfferedRootPath.From("iscsi:[2001:db8::1]::3260:40:iqn.2003-01.org.example:disk1"),
            InitiatorName = "iqn.1995-05.com.broadcom:initiator",
            HasVendorOptions = true,
        };

        var report = DhcpProbeReport.From(new DhcpResult<Dhcp6Lease>(lease, null, "REPLY assigns 2001:db8::100"));

        Snapshot.Verify(report.ToText(), "dhcpv6.text");
        Snapshot.Verify(report.ToJson(), "dhcpv6.json");
    }

    [Fact]
    public void No_lease_is_reported_with_the_reason()
    {
        var report = DhcpProbeReport.From(new DhcpResult<Dhcp4Lease>(null, DhcpFailure.NoOffer, "no OFFER after 4 DISCOVERs"));

        Assert.False(report.Succeeded);
        Assert.Equal("DHCPv4: no lease (NoOffer): no OFFER after 4 DISCOVERs\n", report.ToText().ReplaceLineEndings("\n"));
        Assert.Contains("\"failure\": \"NoOffer\"", report.ToJson(), StringComparison.Ordinal);
    }

    /// <summary>A lease with a good option 43 and a root path whose LUN was typed wrong.</summary>
    private static Dhcp4Lease Lease4 => new()
    {
        Address = IPAddress.Parse("192.0.2.73"),
        SubnetMask = IPAddress.Parse("255.255.255.0"),
        Router = IPAddress.Parse("192.0.2.1"),
        DnsServers = [IPAddress.Parse("192.0.2.53"), IPAddress.Parse("192.0.2.54")],
        ServerIdentifier = IPAddress.Parse("192.0.2.1"),
        LeaseTime = TimeSpan.FromHours(1),
        RootPath = OfferedRootPath.From("iscsi:192.0.2.1::3260:LUN1:iqn.2003-01.org.example:disk1"),
        VendorClass = "BRCM ISAN",
        VendorMatched = true,
        HasVendorOptions = true,
        FirstTarget = OfferedRootPath.From("iscsi:192.0.2.1::3260:40:iqn.2003-01.org.example:disk1"),
        SecondTarget = OfferedRootPath.From("iscsi:192.0.2.2::::iqn.2003-01.org.example:disk2"),
        InitiatorName = "iqn.1995-05.com.broadcom:initiator",
    };
}
