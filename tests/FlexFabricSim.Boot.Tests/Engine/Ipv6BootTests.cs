using System.Net;
using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Tests.Support;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Net.Ibft;

namespace FlexFabricSim.Boot.Tests.Engine;

/// <summary>IPv6: router solicitations, SLAAC, DHCPv6 options 16/17, static IPv6 (G p.5, p.10-11).</summary>
public sealed class Ipv6BootTests
{
    public const string Target6 = "2001:db8::10";
    public const string RootPath6 = "iscsi:[2001:db8::10]::3260:0:" + Boots.Target1;

    public static string Lab(string router = "  prefix: 2001:db8::/64", string? dhcp6 = null) => $$"""
        router:
        {{router}}
        {{(dhcp6 is null ? "" : "dhcp6:\n" + dhcp6)}}
        targets:
          - name: {{Boots.Target1}}
            address: {{Target6}}
            luns: [{ lun: 0, size: 8MiB }]
        """;

    public static string Dhcp6(string extra = "") => $$"""
          pool: 2001:db8::100-2001:db8::1ff
          dns: [2001:db8::53]
          vendor-options: { first-target: "{{RootPath6}}" }
        {{extra}}
        """;

    public static (string, string)[] StaticTarget6() =>
    [
        (FieldKeys.General.IpVersion, "ipv6"),
        (FieldKeys.General.IpAutoconfiguration, "enabled"),
        (FieldKeys.General.IscsiViaDhcp, "disabled"),
        (FieldKeys.Target1.Connect, "enabled"),
        (FieldKeys.Target1.IpAddress, Target6),
        (FieldKeys.Target1.IscsiName, Boots.Target1),
    ];

    [Fact]
    public void Dhcpv6WithVendorOptionsBoots()
    {
        var result = Boots.Run(Configs.Iscsi(Cases.Ipv6Dynamic()), Lab("  prefix: 2001:db8::/64\n  managed: true", Dhcp6()));
        Assert.True(result.Succeeded, result.Reason);
        var nic = IbftParser.Parse(result.Ibft).Nics[0];
        Assert.Equal(IbftAddressOrigin.Dhcp, nic.Origin);
        Assert.Equal(IPAddress.Parse("2001:db8::53"), nic.PrimaryDns);
        Assert.Contains(result.Ladder.Messages, m => m.Label == "Router Solicitation");
        Assert.Contains(result.Ladder.Messages, m => m.Label.StartsWith("Router Advertisement 2001:db8::/64", StringComparison.Ordinal));
        Assert.Equal(["DHCPv6 Solicit", "DHCPv6 Advertise", "DHCPv6 Request", "DHCPv6 Reply"],
            result.Ladder.Messages.Where(m => m.Label.StartsWith("DHCPv6", StringComparison.Ordinal)).Select(m => m.Label));
    }

    [Fact]
    public void SlaacAddressWithStaticTargets()
    {
        var result = Boots.Run(Configs.Iscsi(StaticTarget6()), Lab());
        Assert.True(result.Succeeded, result.Reason);
        var nic = IbftParser.Parse(result.Ibft).Nics[0];
        Assert.Equal(IbftAddressOrigin.RouterAdvertisement, nic.Origin);
        Assert.True(new FlexFabricSim.Net.IPPrefix(IPAddress.Parse("2001:db8::"), 64).Contains(nic.Address!));
        Assert.Contains(BootEventId.Engine(EngineCode.Ipv6Configured), Boots.Ids(result));
    }

    [Fact]
    public void NoRouterLeavesTheLinkLocalAddressAfterThreeSolicitations()
    {
        var result = Boots.Run(Configs.Iscsi(StaticTarget6()), Lab("  prefix: 2001:db8::/64\n  answers: false"));
        Assert.Contains(BootEventId.Engine(EngineCode.RouterSolicitationUnanswered), Boots.Ids(result));
        Assert.Equal(3, result.Ladder.Messages.Count(m => m.Label == "Router Solicitation"));
        var solicitations = result.Ladder.Messages.Where(m => m.Label == "Router Solicitation").Select(m => m.At).ToList();
        Assert.Equal(TimeSpan.FromSeconds(4), solicitations[1] - solicitations[0]);
    }

    [Fact]
    public void SilentDhcpv6ServerFailsAddressing()
    {
        var result = Boots.Run(Configs.Iscsi(Cases.Ipv6Dynamic()), Lab("  prefix: 2001:db8::/64", Dhcp6("  behaviour: silent")));
        Assert.Equal(BootEventId.Engine(EngineCode.Dhcp6NoReply), result.EventId);
    }

    [Fact]
    public void Dhcpv6VendorClassMismatchIgnoresOption17()
    {
        var result = Boots.Run(Configs.Iscsi(Cases.Ipv6Dynamic()), Lab("  prefix: 2001:db8::/64", Dhcp6("  vendor-class: null\n  vendor-class-sent: QLGC ISAN")));
        Assert.Contains(BootEventId.Engine(EngineCode.VendorClassMismatch), Boots.Ids(result));
        Assert.Equal(BootEventId.Engine(EngineCode.DhcpNoTarget), result.EventId);
    }

    [Fact]
    public void StaticIpv6Boots()
    {
        var result = Boots.Run(Configs.Iscsi(
        [
            (FieldKeys.General.IpVersion, "ipv6"),
            (FieldKeys.General.IpAutoconfiguration, "disabled"),
            (FieldKeys.General.IscsiViaDhcp, "disabled"),
            (FieldKeys.Initiator.IpAddress, "2001:db8::100"),
            (FieldKeys.Initiator.SubnetMask, "64"),
            (FieldKeys.Target1.Connect, "enabled"),
            (FieldKeys.Target1.IpAddress, Target6),
            (FieldKeys.Target1.IscsiName, Boots.Target1),
        ]), Lab());
        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(IPAddress.Parse("2001:db8::100"), IbftParser.Parse(result.Ibft).Nics[0].Address);
        Assert.Contains(result.Ladder.Messages, m => m.Label == $"NS who-has {Target6}");
    }
}
