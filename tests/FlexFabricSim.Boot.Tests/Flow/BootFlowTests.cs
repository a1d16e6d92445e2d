using System.Net;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Flow;
using FlexFabricSim.Boot.Os;
using FlexFabricSim.Boot.Tests.Support;
using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;
using Microsoft.Extensions.Time.Testing;

namespace FlexFabricSim.Boot.Tests.Flow;

/// <summary>The flow's decisions on their own, fed step outcomes by hand (the engine tests cover the steps).</summary>
public sealed class BootFlowTests
{
    private static readonly StepFailure Refused = new(BootEventId.Driver(1), "could not connect");

    private static BootFlow Flow(AdapterConfiguration config, FakeTimeProvider? time = null) =>
        new(Configs.Effective(config), new BootJournal(time ?? new FakeTimeProvider()));

    private static AddressReport Address(params int[] targets) => new()
    {
        Address = IPAddress.Parse("192.0.2.100"),
        PrefixLength = 24,
        Dns = [IPAddress.Any, IPAddress.Any],
        Origin = InitiatorAddressOrigin.Static,
        InitiatorName = "iqn.2026-11.lab.initiator:host1",
        Targets = [.. targets.Select(n => new BootTarget(n, IPAddress.Parse($"192.0.2.{10 + n}"), 3260, 0, $"iqn.2026-11.lab:t{n}",
            new TargetChap(ChapMode.None, "", ""), $"{n} Target Parameters"))],
    };

    private static BootFlow ToAddressing(AdapterConfiguration config)
    {
        var flow = Flow(config);
        flow.PowerOn();
        flow.BannerElapsed();
        flow.LinkCameUp(new LinkReport(LinkSpeed.TenGigabit));
        flow.DelayElapsed();
        return flow;
    }

    private static IEnumerable<BootEventId> Ids(BootFlow flow) => flow.Journal.Events.Where(e => e.Id is not null).Select(e => e.Id!.Value);

    [Fact]
    public void OptionRomDisabledEndsAtPowerOn()
    {
        var flow = Flow(Configs.Iscsi((FieldKeys.Mba.OptionRom, "disabled")));
        flow.PowerOn();
        Assert.Equal(BootState.Failed, flow.State);
        Assert.Equal(BootStage.PowerOn, flow.Journal.LastError!.Stage);
        Assert.Equal(BootEventId.Engine(EngineCode.OptionRomDisabled), flow.Journal.LastError.Id);
    }

    [Theory]
    [InlineData("pxe", EngineCode.BootProtocolNotIscsi)]
    [InlineData("none", EngineCode.BootProtocolNotIscsi)]
    [InlineData("fcoe", EngineCode.BootProtocolNotIscsi)]
    public void OtherBootProtocolsEndAfterTheBanner(string protocol, EngineCode expected)
    {
        var flow = Flow(Configs.Make(AdapterModel.Hp534FlrSfp, true, (FieldKeys.Mba.BootProtocol, protocol)));
        flow.PowerOn();
        Assert.Equal(BootState.Banner, flow.State);
        flow.BannerElapsed();
        Assert.Equal(BootState.Failed, flow.State);
        Assert.Equal(BootEventId.Engine(expected), flow.Journal.LastError!.Id);
        Assert.Equal(BootStage.Banner, flow.Journal.LastError.Stage);
    }

    [Fact]
    public void NoIscsiFirmwareEndsAfterTheBanner()
    {
        var flow = Flow(Configs.Make(AdapterModel.Hp534FlrSfp, false, (FieldKeys.Mba.BootProtocol, "iscsi")));
        flow.PowerOn();
        flow.BannerElapsed();
        Assert.Equal(BootEventId.Engine(EngineCode.IscsiFirmwareAbsent), flow.Journal.LastError!.Id);
    }

    [Theory]
    [InlineData("ipv4", "enabled", BootState.Dhcp4)]
    [InlineData("ipv4", "disabled", BootState.StaticIpv4)]
    [InlineData("ipv6", "enabled", BootState.Ipv6Autoconfiguration)]
    [InlineData("ipv6", "disabled", BootState.StaticIpv6)]
    public void AddressingModeChoosesTheAddressingState(string version, string dynamic, BootState expected)
    {
        var key = version == "ipv4" ? FieldKeys.General.TcpIpViaDhcp : FieldKeys.General.IpAutoconfiguration;
        var flow = ToAddressing(Configs.Iscsi((FieldKeys.General.IpVersion, version), (key, dynamic)));
        Assert.Equal(expected, flow.State);
    }

    [Fact]
    public void HappyPathEndsBootedAndLogsEveryTransitionWithTime()
    {
        var time = new FakeTimeProvider();
        var flow = Flow(Configs.Iscsi(Configs.StaticIpv4()), time);
        flow.PowerOn();
        time.Advance(TimeSpan.FromSeconds(5));
        flow.BannerElapsed();
        flow.LinkCameUp(new LinkReport(LinkSpeed.TenGigabit));
        flow.DelayElapsed();
        flow.AddressConfigured(Address(1));
        Assert.Equal(BootState.FirstTargetLogin, flow.State);
        flow.LoginSucceeded(new LoginReport(flow.CurrentTarget!));
        flow.LunAttached(new AttachReport(flow.CurrentTarget!, "LIO", "disk", 1000, 512, BootSignature.Mbr));
        flow.IbftPublished();
        Assert.Equal(BootState.OsHandOff, flow.State);
        flow.HandedOff(null);
        Assert.Equal(BootState.Booted, flow.State);
        Assert.True(flow.IsFinished);

        var transitions = flow.Journal.Events.Where(e => e.Kind == BootEventKind.Transition).ToList();
        Assert.Equal("Off -> Banner (PowerOn)", transitions[0].Message);
        Assert.Equal(TimeSpan.Zero, transitions[0].At);
        Assert.Equal(TimeSpan.FromSeconds(5), transitions[1].At);
        Assert.Equal(9, transitions.Count);
    }

    [Fact]
    public void FirstTargetFailureMovesToTheSecondThenFails()
    {
        var flow = ToAddressing(Configs.Iscsi(Configs.StaticIpv4()));
        flow.AddressConfigured(Address(1, 2));
        flow.LoginFailed(Refused);
        Assert.Equal(BootState.SecondTargetLogin, flow.State);
        Assert.Equal(2, flow.CurrentTarget!.Number);
        flow.LoginFailed(Refused);
        Assert.Equal(BootState.Failed, flow.State);
        Assert.Equal(
            [BootEventId.Driver(1), BootEventId.Engine(EngineCode.SecondTarget), BootEventId.Driver(1), BootEventId.Engine(EngineCode.AllTargetsFailed)],
            Ids(flow));
        Assert.Equal(BootStage.Login, flow.Journal.LastError!.Stage);
    }

    [Fact]
    public void OnlySecondTargetConfiguredStartsThere()
    {
        var flow = ToAddressing(Configs.Iscsi(Configs.StaticIpv4()));
        flow.AddressConfigured(Address(2));
        Assert.Equal(BootState.SecondTargetLogin, flow.State);
    }

    [Fact]
    public void NoTargetFailsWithItsCode()
    {
        var flow = ToAddressing(Configs.Iscsi(Configs.StaticIpv4()));
        flow.AddressConfigured(Address());
        Assert.Equal(BootEventId.Engine(EngineCode.NoTargetConfigured), flow.Journal.LastError!.Id);
    }

    [Theory]
    [InlineData("0", 1)]
    [InlineData("2", 3)]
    [InlineData("6", 7)]
    public void BootRetryCountGivesThatManyMoreRounds(string retries, int expectedRounds)
    {
        var flow = ToAddressing(Configs.Iscsi([.. Configs.StaticIpv4(), (FieldKeys.Mba.BootRetryCount, retries)]));
        flow.AddressConfigured(Address(1, 2));
        var attempts = 0;
        while (!flow.IsFinished)
        {
            attempts++;
            flow.LoginFailed(Refused);
        }
        Assert.Equal(expectedRounds * 2, attempts);
        Assert.Equal(expectedRounds - 1, Ids(flow).Count(id => id == BootEventId.Engine(EngineCode.LoginRetry)));
    }

    [Fact]
    public void IndefiniteRetriesEndOnlyAtTheTimeLimit()
    {
        var flow = ToAddressing(Configs.Iscsi([.. Configs.StaticIpv4(), (FieldKeys.Mba.BootRetryCount, "indefinite")]));
        flow.AddressConfigured(Address(1));
        for (var i = 0; i < 100; i++)
        {
            flow.LoginFailed(Refused);
            Assert.Equal(BootState.FirstTargetLogin, flow.State);
        }
        flow.TimeLimitReached();
        Assert.Equal(BootEventId.Engine(EngineCode.SimulationTimeLimit), flow.Journal.LastError!.Id);
    }

    [Theory]
    [InlineData(3, 5, true)]
    [InlineData(3, 2, false)]
    public void LunBusyReconnectsUpToTheRetryCount(int busyTimes, int retryCount, bool attaches)
    {
        var flow = ToAddressing(Configs.Iscsi([.. Configs.StaticIpv4(), (FieldKeys.General.LunBusyRetryCount, retryCount.ToString())]));
        flow.AddressConfigured(Address(1));
        for (var i = 0; i < busyTimes && !flow.IsFinished; i++)
        {
            flow.LoginSucceeded(new LoginReport(flow.CurrentTarget!));
            flow.LunBusy();
        }
        if (attaches)
        {
            flow.LoginSucceeded(new LoginReport(flow.CurrentTarget!));
            flow.LunAttached(new AttachReport(flow.CurrentTarget!, "v", "p", 1, 512, BootSignature.Mbr));
            Assert.Equal(BootState.IbftPublish, flow.State);
            Assert.Equal(busyTimes, Ids(flow).Count(id => id == BootEventId.Engine(EngineCode.LunBusyRetry)));
        }
        else
        {
            Assert.Equal(BootState.Failed, flow.State);
            Assert.Contains(BootEventId.Engine(EngineCode.LunBusyExhausted), Ids(flow));
            Assert.Equal(retryCount, Ids(flow).Count(id => id == BootEventId.Engine(EngineCode.LunBusyRetry)));
        }
    }

    [Theory]
    [InlineData("disabled", BootState.BiosHandBack)]
    [InlineData("one-time-disabled", BootState.BiosHandBack)]
    [InlineData("enabled", BootState.OsHandOff)]
    public void BootToTargetChoosesTheHandOff(string bootToTarget, BootState expected)
    {
        var flow = ToAddressing(Configs.Iscsi([.. Configs.StaticIpv4(), (FieldKeys.General.BootToTarget, bootToTarget)]));
        flow.AddressConfigured(Address(1));
        flow.LoginSucceeded(new LoginReport(flow.CurrentTarget!));
        flow.LunAttached(new AttachReport(flow.CurrentTarget!, "v", "p", 1, 512, BootSignature.Mbr));
        flow.IbftPublished();
        Assert.Equal(expected, flow.State);
    }

    [Fact]
    public void StrayTriggerIsRecordedAsIgnoredNotThrown()
    {
        var flow = ToAddressing(Configs.Iscsi(Configs.StaticIpv4()));
        flow.LunBusy();
        Assert.Equal(BootState.StaticIpv4, flow.State);
        var ignored = Assert.Single(flow.Journal.Events, e => e.Kind == BootEventKind.Ignored);
        Assert.Contains("LunBusy ignored in StaticIpv4", ignored.Message);
    }

    [Fact]
    public void FailedOsHandOffEndsFailedWithTheProfilesCode()
    {
        var flow = ToAddressing(Configs.Iscsi(Configs.StaticIpv4()));
        flow.AddressConfigured(Address(1));
        flow.LoginSucceeded(new LoginReport(flow.CurrentTarget!));
        flow.LunAttached(new AttachReport(flow.CurrentTarget!, "v", "p", 1, 512, BootSignature.Mbr));
        flow.IbftPublished();
        flow.HandedOff(OsHandOffResult.Failure(OsOutcome.StopError, EngineCode.StopErrorLun255, "stop", null));
        Assert.Equal(BootState.Failed, flow.State);
        Assert.Equal(BootStage.OsHandOff, flow.Journal.LastError!.Stage);
        Assert.Equal(BootEventId.Engine(EngineCode.StopErrorLun255), flow.Journal.LastError.Id);
    }
}
