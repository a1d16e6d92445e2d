using System.Net;
using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Tests.Support;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Net.Ibft;

namespace FlexFabricSim.Boot.Tests.Engine;

/// <summary>DHCPv4: option 17, option 43 with and without a vendor class match, the DNS rule (G p.8-10).</summary>
public sealed class DhcpBootTests
{
    private static BootResult Dynamic(string dhcpExtra, string targetExtra = "", params (string, string)[] more) =>
        Boots.Run(Configs.Iscsi([.. Cases.Dhcp4(), .. more]), Cases.Dhcp4Lab(dhcpExtra, targetExtra));

    [Fact]
    public void Option17GivesTheTarget()
    {
        var result = Dynamic($"  root-path: \"{Cases.RootPath1}\"");
        Assert.True(result.Succeeded, result.Reason);
        Assert.Contains(BootEventId.Engine(EngineCode.Dhcp4Leased), Boots.Ids(result));
        var ibft = IbftParser.Parse(result.Ibft);
        Assert.Equal(IbftAddressOrigin.Dhcp, ibft.Nics[0].Origin);
        Assert.Equal(IPAddress.Parse("192.0.2.100"), ibft.Nics[0].Address);
        Assert.Equal(IPAddress.Parse("192.0.2.1"), ibft.Nics[0].DhcpServer);
        Assert.Equal(Boots.Target1, ibft.Targets[0].TargetName);
        // With option 17 the initiator name is the screen's (G p.8).
        Assert.Equal("iqn.2026-11.lab.initiator:host1", Option17Name());
        Assert.Equal(["DHCP Discover", "DHCP Offer", "DHCP Request", "DHCP Ack"], result.Ladder.Messages.Take(4).Select(m => m.Label));
    }

    private static string? Option17Name()
    {
        var result = Boots.Run(Configs.Iscsi([.. Cases.Dhcp4(), (FieldKeys.Initiator.IscsiName, "iqn.2026-11.lab.initiator:host1")]),
            Cases.Dhcp4Lab($"  root-path: \"{Cases.RootPath1}\""));
        return IbftParser.Parse(result.Ibft).Initiator.Name;
    }

    [Fact]
    public void Option17WithoutAScreenNameUsesTheMacBasedDefault()
    {
        var result = Boots.Run(Configs.Iscsi(Cases.Dhcp4()), Cases.Dhcp4Lab($"  root-path: \"{Cases.RootPath1}\""));
        Assert.Equal("iqn.1995-05.com.broadcom.00.17.a4.77.00.10.iscsiboot", IbftParser.Parse(result.Ibft).Initiator.Name);
    }

    [Fact]
    public void Option43WithAMatchingVendorClassGivesTargetsAndName()
    {
        var result = Dynamic($$"""
              vendor-options: { first-target: "{{Cases.RootPath1}}", initiator-name: "iqn.2026-11.lab:from-option-43" }
            """);
        Assert.True(result.Succeeded, result.Reason);
        var ibft = IbftParser.Parse(result.Ibft);
        Assert.Equal("iqn.2026-11.lab:from-option-43", ibft.Initiator.Name);
        Assert.DoesNotContain(BootEventId.Engine(EngineCode.VendorClassMismatch), Boots.Ids(result));
    }

    [Fact]
    public void Option43WithAMismatchedVendorClassIsIgnored()
    {
        var result = Dynamic($$"""
              vendor-class-sent: QLGC ISAN
              vendor-options: { first-target: "{{Cases.RootPath1}}" }
            """);
        Assert.Equal(BootOutcome.Failed, result.Outcome);
        Assert.Contains(BootEventId.Engine(EngineCode.VendorClassMismatch), Boots.Ids(result));
        Assert.Equal(BootEventId.Engine(EngineCode.DhcpNoTarget), result.EventId);
        Assert.Equal(BootStage.Addressing, result.FailedStage);
    }

    [Fact]
    public void CardsVendorIdChangedGetsNoOption43FromAMatchingServer()
    {
        var result = Dynamic($$"""
              vendor-options: { first-target: "{{Cases.RootPath1}}" }
            """, "", (FieldKeys.General.DhcpVendorId, "QLGC ISAN"));
        Assert.Equal(BootEventId.Engine(EngineCode.DhcpNoTarget), result.EventId);
    }

    [Fact]
    public void MismatchFallsBackToOption17()
    {
        var result = Dynamic($$"""
              root-path: "{{Cases.RootPath1}}"
              vendor-class-sent: QLGC ISAN
              vendor-options: { first-target: "iscsi:192.0.2.99::3260:0:iqn.2026-11.lab:nowhere" }
            """);
        Assert.True(result.Succeeded, result.Reason);
        Assert.Contains(BootEventId.Engine(EngineCode.VendorClassMismatch), Boots.Ids(result));
    }

    [Fact]
    public void DnsIsOverwrittenByDhcp()
    {
        var result = Boots.Run(Configs.Iscsi([.. Cases.Dhcp4(), (FieldKeys.Initiator.PrimaryDns, "198.51.100.53")]),
            Cases.Dhcp4Lab($"  root-path: \"{Cases.RootPath1}\"\n  dns: [192.0.2.53]"));
        var nic = IbftParser.Parse(result.Ibft).Nics[0];
        Assert.Equal(IPAddress.Parse("192.0.2.53"), nic.PrimaryDns);
        Assert.Contains(result.Events, e => e.Id == BootEventId.Engine(EngineCode.DnsOverwritten) && e.Message.Contains("192.0.2.53"));
    }

    [Fact]
    public void DnsIsZeroedWhenDhcpSendsNone()
    {
        var result = Boots.Run(Configs.Iscsi([.. Cases.Dhcp4(), (FieldKeys.Initiator.PrimaryDns, "198.51.100.53")]),
            Cases.Dhcp4Lab($"  root-path: \"{Cases.RootPath1}\""));
        var nic = IbftParser.Parse(result.Ibft).Nics[0];
        Assert.True(nic.PrimaryDns is null || nic.PrimaryDns.Equals(IPAddress.Any), $"primary DNS {nic.PrimaryDns}");
        Assert.Contains(result.Events, e => e.Id == BootEventId.Engine(EngineCode.DnsOverwritten) && e.Message.Contains("0.0.0.0"));
    }

    [Fact]
    public void SilentServerFailsAddressingAfterTheRetries()
    {
        var result = Dynamic("  behaviour: silent");
        Assert.Equal(BootEventId.Engine(EngineCode.Dhcp4NoOffer), result.EventId);
        Assert.Equal(4, result.Ladder.Messages.Count(m => m.Label == "DHCP Discover"));
        Assert.True(result.Elapsed > TimeSpan.FromSeconds(60), $"gave up after {result.Elapsed}");
    }

    [Fact]
    public void ABadRootPathSaysWhichField()
    {
        var result = Dynamic("  root-path: \"iscsi:192.0.2.10:17:3260:0:iqn.2026-11.lab:disk1\"");
        Assert.Equal(BootEventId.Engine(EngineCode.RootPathInvalid), result.EventId);
        Assert.Contains("<protocol>", result.Reason);
    }

    [Fact]
    public void ALunTypedInDecimalIsNotFound()
    {
        // LUN 64 meant, "64" typed: read as hex, LUN 100, which the target does not have (G p.10).
        var result = Dynamic($"  root-path: \"iscsi:192.0.2.10::3260:64:{Boots.Target1}\"");
        Assert.Equal(BootEventId.Engine(EngineCode.BootLunNotFound), result.EventId);
        Assert.Contains("LUN 100", result.Reason);
    }

    [Fact]
    public void StaticAddressWithIscsiParametersFromDhcp()
    {
        var result = Boots.Run(Configs.Iscsi([.. Configs.StaticIpv4(), (FieldKeys.General.IscsiViaDhcp, "enabled")]),
            Cases.Dhcp4Lab($"  root-path: \"{Cases.RootPath1}\""));
        Assert.True(result.Succeeded, result.Reason);
        var nic = IbftParser.Parse(result.Ibft).Nics[0];
        Assert.Equal(IPAddress.Parse("192.0.2.100"), nic.Address);
        Assert.Equal(IbftAddressOrigin.Manual, nic.Origin);
    }
}
