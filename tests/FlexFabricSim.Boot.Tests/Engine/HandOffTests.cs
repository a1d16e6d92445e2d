using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Os;
using FlexFabricSim.Boot.Tests.Support;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Boot.Tests.Engine;

/// <summary>The OS hand-off outcomes of the guide, each reached by a whole boot through the engine.</summary>
public sealed class HandOffTests
{
    private static string Lun255Lab() => Boots.OneTarget().Replace("lun: 0", "lun: 255", StringComparison.Ordinal);

    [Theory]
    [InlineData("windows-2008-sp2")]
    [InlineData("windows-2008-r2")]
    [InlineData("windows-2012")]
    [InlineData("rhel-5.9")]
    [InlineData("rhel-6.2")]
    [InlineData("sles-11-sp2")]
    public void EveryProfileBootsAPreparedSystem(string os)
    {
        var result = Cases.WithOs(os);
        Assert.Equal(BootOutcome.OsRunning, result.Outcome);
        Assert.Contains(BootEventId.Engine(EngineCode.OsRunning), Boots.Ids(result));
        Assert.Equal(os, result.Os);
    }

    [Fact]
    public void Lun255WithTheMicrosoftInitiatorIsAStopError()
    {
        var result = Cases.WithOs("windows-2012", lab: Lun255Lab(), more: (FieldKeys.Target1.BootLun, "255"));
        Assert.Equal(BootOutcome.Failed, result.Outcome);
        Assert.Equal(BootStage.OsHandOff, result.FailedStage);
        Assert.Equal(BootEventId.Engine(EngineCode.StopErrorLun255), result.EventId);
        Assert.Equal("G p.27 T10", result.Guide!.ToString());
        Assert.Contains(BootEventId.Engine(EngineCode.IbftPublished), Boots.Ids(result));
    }

    [Fact]
    public void Lun255OnTheOffloadPathBoots()
    {
        var result = Cases.WithOs("windows-2012", lab: Lun255Lab(), more: [(FieldKeys.Target1.BootLun, "255"), (FieldKeys.General.HbaBootMode, "enabled")]);
        Assert.Equal(BootOutcome.OsRunning, result.Outcome);
    }

    [Fact]
    public void Windows2008R2LinkLocalInitiatorWithRoutedTargetIsAStopError()
    {
        // The router advertises the prefix on-link but not for SLAAC: the initiator keeps its link-local address.
        var result = Boots.Run(Configs.Iscsi(Ipv6BootTests.StaticTarget6()),
            Ipv6BootTests.Lab("  prefix: 2001:db8::/64\n  autonomous: false"), "windows-2008-r2");
        Assert.Equal(BootEventId.Engine(EngineCode.StopErrorIpv6LinkLocal), result.EventId);
        Assert.Equal("G p.28 T12", result.Guide!.ToString());
    }

    [Fact]
    public void Windows2008InstallOverIpv6DoesNotOfferTheTarget()
    {
        var result = Boots.Run(Configs.Iscsi([.. Ipv6BootTests.StaticTarget6(), (FieldKeys.General.BootToTarget, "disabled")]),
            Ipv6BootTests.Lab(), "windows-2008-sp2");
        Assert.Equal(BootEventId.Engine(EngineCode.InstallTargetNotOffered), result.EventId);
        Assert.Contains(BootEventId.Engine(EngineCode.ControlReturnedToBios), Boots.Ids(result));
        Assert.Equal("G p.27 T7", result.Guide!.ToString());
    }

    [Fact]
    public void InstallerOffersTheTargetOverIpv4()
    {
        var result = Cases.WithOs("windows-2008-sp2", more: (FieldKeys.General.BootToTarget, "one-time-disabled"));
        Assert.Equal(BootOutcome.InstallerRunning, result.Outcome);
        Assert.Contains(BootEventId.Engine(EngineCode.InstallerRunning), Boots.Ids(result));
        Assert.Contains(BootEventId.Engine(EngineCode.OneTimeDisableReverted), Boots.Ids(result));
        Assert.Contains(result.Console, l => l.Text.StartsWith("Boot to iSCSI target disabled", StringComparison.Ordinal));
    }

    [Fact]
    public void VlanWithTheMicrosoftInitiatorFails()
    {
        var lab = Boots.OneTarget(labExtra: "port: { tagged-vlans: [100] }\nnetwork: { vlan: 100 }");
        var vlan = new[] { (FieldKeys.Mba.VlanMode, "enabled"), (FieldKeys.Mba.VlanId, "100") };
        var result = Cases.WithOs("windows-2008-r2", lab: lab, more: vlan);
        Assert.Equal(BootEventId.Engine(EngineCode.VlanWithMicrosoftInitiator), result.EventId);
        Assert.Equal("G p.18", result.Guide!.ToString());
        var offload = Cases.WithOs("windows-2008-r2", lab: lab, more: [.. vlan, (FieldKeys.General.HbaBootMode, "enabled")]);
        Assert.Equal(BootOutcome.OsRunning, offload.Outcome);
    }

    [Fact]
    public void TaggedBootOnAnAccessPortNeverReachesTheTarget()
    {
        var result = Cases.Static(Boots.OneTarget(), null, (FieldKeys.Mba.VlanMode, "enabled"), (FieldKeys.Mba.VlanId, "100"));
        Assert.Equal(BootEventId.Driver(1), result.EventId);
    }

    [Fact]
    public void OffloadPathWithoutTheOisDriverFailsWithT1()
    {
        var result = Cases.WithOs("windows-2008-r2", OsInputs.Prepared with { OisDriverInstalled = false }, more: (FieldKeys.General.HbaBootMode, "enabled"));
        Assert.Equal(BootEventId.Engine(EngineCode.OffloadDriversMissing), result.EventId);
        Assert.Equal("G p.26 T1", result.Guide!.ToString());
    }

    [Fact]
    public void BxoisStartOverride3FailsWithT3()
    {
        var result = Cases.WithOs("windows-2012", OsInputs.Prepared with { BxoisStartOverride = 3 }, more: (FieldKeys.General.HbaBootMode, "enabled"));
        Assert.Equal(BootEventId.Engine(EngineCode.BxoisNotLoaded), result.EventId);
    }

    [Fact]
    public void Sles11OffloadBootsWithTheContradictionNoted()
    {
        var result = Cases.WithOs("sles-11-sp2", more: (FieldKeys.General.HbaBootMode, "enabled"));
        Assert.Equal(BootOutcome.OsRunning, result.Outcome);
        Assert.Contains(BootEventId.Engine(EngineCode.GuideContradiction), Boots.Ids(result));
    }

    [Theory]
    [InlineData("enabled", @"B06BDRV\")]
    [InlineData("disabled", @"ROOT\")]
    public void SessionListNamesTheInitiatorByPath(string hbaMode, string prefix)
    {
        var result = Cases.WithOs("windows-2008-r2", more: (FieldKeys.General.HbaBootMode, hbaMode));
        Assert.Contains(result.HandOff!.SessionList, l => l.Contains("Initiator Name         : " + prefix, StringComparison.Ordinal));
    }

    [Fact]
    public void LinuxInitrdMismatchFails()
    {
        var result = Cases.WithOs("rhel-6.2", OsInputs.Prepared with { LinuxInitrd = LinuxInitrd.NonOffload }, more: (FieldKeys.General.HbaBootMode, "enabled"));
        Assert.Equal(BootEventId.Engine(EngineCode.InitrdPathMismatch), result.EventId);
    }

    [Fact]
    public void Rhel59RemoteInstallIsNotSupported()
    {
        var result = Cases.WithOs("rhel-5.9", more: (FieldKeys.General.BootToTarget, "disabled"));
        Assert.Equal(BootEventId.Engine(EngineCode.RemoteInstallUnsupported), result.EventId);
    }

    [Fact]
    public void CrashDumpAndTeamingNotesDoNotStopWindows()
    {
        var result = Cases.WithOs("windows-2012", OsInputs.Prepared with { OsLinkSpeedMbps = 100, TeamingOnBootAdapter = true });
        Assert.Equal(BootOutcome.OsRunning, result.Outcome);
        Assert.Contains(BootEventId.Engine(EngineCode.CrashDumpUnsupportedSpeed), Boots.Ids(result));
        Assert.Contains(BootEventId.Engine(EngineCode.TeamingOnBootAdapter), Boots.Ids(result));
    }
}
