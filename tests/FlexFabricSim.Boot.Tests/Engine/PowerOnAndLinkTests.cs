using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Tests.Support;
using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Boot.Tests.Engine;

/// <summary>Power-on checks, the banner, the link and Link Up Delay, through the engine.</summary>
public sealed class PowerOnAndLinkTests
{
    [Fact]
    public void OptionRomDisabledPrintsNothingAndFailsAtPowerOn()
    {
        var result = Cases.Static(Boots.OneTarget(), null, (FieldKeys.Mba.OptionRom, "disabled"));
        Assert.Equal(BootOutcome.Failed, result.Outcome);
        Assert.Equal(BootStage.PowerOn, result.FailedStage);
        Assert.Equal(BootEventId.Engine(EngineCode.OptionRomDisabled), result.EventId);
        Assert.Empty(result.Console);
        Assert.Empty(result.Pcapng.Length > 0 ? CapturedPackets(result) : []);
    }

    [Fact]
    public void BootProtocolPxeShowsTheBannerThenStops()
    {
        var result = Boots.Run(Configs.Make(AdapterModel.Hp534FlrSfp, true, [(FieldKeys.Mba.BootProtocol, "pxe"), .. Configs.StaticIpv4()]),
            Boots.OneTarget());
        Assert.Equal(BootEventId.Engine(EngineCode.BootProtocolNotIscsi), result.EventId);
        Assert.Equal(BootStage.Banner, result.FailedStage);
        Assert.StartsWith("HP Ethernet Boot Agent v", result.Console[0].Text);
        Assert.Contains(result.Console, l => l.Text.Contains("PXE"));
    }

    [Fact]
    public void NoIscsiFirmwareFailsWithT8()
    {
        var result = Boots.Run(Configs.Make(AdapterModel.Hp534FlrSfp, false, (FieldKeys.Mba.BootProtocol, "iscsi")), Boots.OneTarget());
        Assert.Equal(BootEventId.Engine(EngineCode.IscsiFirmwareAbsent), result.EventId);
        Assert.Equal("G p.27 T8", result.Guide!.ToString());
    }

    [Theory]
    [InlineData("ctrl-s", "disabled", "Press Ctrl-S to Enter Configuration Menu ...", 5)]
    [InlineData("ctrl-b", "disabled", "Press Ctrl-B to Enter Configuration Menu ...", 5)]
    [InlineData("ctrl-s", "enabled", null, 0)]
    public void BannerPromptFollowsTheMbaSettings(string key, string hide, string? prompt, int seconds)
    {
        var result = Cases.Static(Boots.OneTarget(), null, (FieldKeys.Mba.SetupKeyStroke, key), (FieldKeys.Mba.HideSetupPrompt, hide));
        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(prompt is not null, result.Console.Any(l => l.Text == prompt));
        var linkWait = result.Events.First(e => e.Message.StartsWith("Banner -> LinkWait", StringComparison.Ordinal));
        Assert.Equal(TimeSpan.FromSeconds(seconds), linkWait.At);
    }

    [Fact]
    public void SfpPlusOnAOneGigabitPortGetsNoLink()
    {
        var result = Cases.Static(Boots.OneTarget(labExtra: "port: { speed: 1gbps }"));
        Assert.Equal(BootOutcome.Failed, result.Outcome);
        Assert.Equal(BootStage.Link, result.FailedStage);
        Assert.Equal(BootEventId.Engine(EngineCode.NoLink), result.EventId);
        Assert.Equal("G p.26 T5", result.Guide!.ToString());
        Assert.Contains(result.Console, l => l.Text == "No link detected");
    }

    [Fact]
    public void BackplaneAdapterNegotiatesOneGigabit()
    {
        var result = Cases.Backplane(Boots.OneTarget(labExtra: "port: { speed: 1gbps }"));
        Assert.True(result.Succeeded, result.Reason);
        Assert.Contains(result.Console, l => l.Text == "Link up: 1 Gbps");
    }

    [Fact]
    public void BackplaneForcedToTenGigabitGetsNoLinkOnAOneGigabitPort()
    {
        var result = Cases.Backplane(Boots.OneTarget(labExtra: "port: { speed: 1gbps }"), (FieldKeys.Mba.LinkSpeed, "10gbps"));
        Assert.Equal(BootEventId.Engine(EngineCode.NoLink), result.EventId);
    }

    [Fact]
    public void CutCableGetsNoLink()
    {
        var result = Cases.Static(Boots.OneTarget(labExtra: "port: { faults: { cut: true } }"));
        Assert.Equal(BootEventId.Engine(EngineCode.NoLink), result.EventId);
    }

    [Fact]
    public void LinkUpDelay255RunsOnTheVirtualClock()
    {
        var result = Cases.Static(Boots.OneTarget(), null, (FieldKeys.General.LinkUpDelay, "255"));
        Assert.True(result.Succeeded, result.Reason);
        var linkUp = result.Events.Single(e => e.Id == BootEventId.Engine(EngineCode.LinkUp)).At;
        var addressed = result.Events.Single(e => e.Id == BootEventId.Engine(EngineCode.StaticAddress)).At;
        Assert.Equal(TimeSpan.FromSeconds(255), addressed - linkUp);
        Assert.Contains(result.Console, l => l.Text == "Link Up Delay: 255 seconds");
        // Nothing crosses the link during the delay: the first frame (ARP for the target) comes after it.
        Assert.True(result.Ladder.Messages[0].At >= addressed, $"first frame at {result.Ladder.Messages[0].At}");
    }

    private static List<string> CapturedPackets(BootResult result) =>
        result.Ladder.Messages.Select(m => m.Label).ToList();
}
