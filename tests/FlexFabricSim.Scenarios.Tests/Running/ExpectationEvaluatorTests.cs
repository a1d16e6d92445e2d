using System.Net;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Os;
using FlexFabricSim.Device.Images;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rules;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Ibft;
using FlexFabricSim.Net.Scsi;
using FlexFabricSim.Scenarios.Format;
using FlexFabricSim.Scenarios.Running;
using FlexFabricSim.Scenarios.Tests.Support;

namespace FlexFabricSim.Scenarios.Tests.Running;

/// <summary>Each kind of expectation passes on what it names and fails, saying what was found, on anything else.</summary>
public sealed class ExpectationEvaluatorTests
{
    private static readonly SourceLocation Here = new("t.yaml", 1, 1);
    private static readonly AdapterConfiguration Factory = FactoryImages.Default.Create();
    private static readonly BootEventId Lun255 = BootEventId.Engine(EngineCode.StopErrorLun255);

    private static RunState State(Boot.Engine.BootResult? boot = null, string? screen = null, AdapterConfiguration? config = null,
        RuleViolation? refusal = null) => new(config ?? Factory, NvramAddress.OfPort(0), boot, screen, refusal);

    private static ExpectationResult Check(Expectation e, RunState state) => ExpectationEvaluator.Evaluate(e, state);

    [Fact]
    public void BootExpectationsWithoutABootFailSayingSo()
    {
        var result = Check(new OutcomeExpectation(Boot.Engine.BootOutcome.OsRunning) { Location = Here }, State());
        Assert.False(result.Passed);
        Assert.Equal("no boot has run yet", result.Actual);
    }

    [Fact]
    public void OutcomeStageCauseAndGuideOfAFailedBoot()
    {
        var boot = FakeBoots.Failed(BootStage.OsHandOff, Lun255, GuideReference.Troubleshooting(10, 27));
        var state = State(boot);

        Assert.True(Check(new OutcomeExpectation(Boot.Engine.BootOutcome.Failed) { Location = Here }, state).Passed);
        Assert.True(Check(new StageExpectation(BootStage.OsHandOff) { Location = Here }, state).Passed);
        Assert.True(Check(new CauseExpectation(Lun255) { Location = Here }, state).Passed);
        Assert.True(Check(new GuideExpectation("T10") { Location = Here }, state).Passed);
        Assert.True(Check(new GuideExpectation("p.27") { Location = Here }, state).Passed);

        var wrong = Check(new OutcomeExpectation(Boot.Engine.BootOutcome.OsRunning) { Location = Here }, state);
        Assert.False(wrong.Passed);
        Assert.Equal("outcome failed in os-hand-off (ffs-171, G p.27 T10)", wrong.Actual);
        Assert.Equal("expected outcome os-running; got outcome failed in os-hand-off (ffs-171, G p.27 T10)", wrong.ToString());
        Assert.False(Check(new StageExpectation(BootStage.Login) { Location = Here }, state).Passed);
        Assert.False(Check(new GuideExpectation("T12") { Location = Here }, state).Passed);
        Assert.False(Check(new OsOutcomeExpectation(OsOutcome.StopError) { Location = Here }, state).Passed);
    }

    [Fact]
    public void EventsConsoleAndElapsed()
    {
        var boot = FakeBoots.HandedOff(BootEventId.Engine(EngineCode.StaticAddress), BootEventId.Driver(1));
        var state = State(boot);

        Assert.True(Check(new EventsExpectation([BootEventId.Driver(1)], Present: true) { Location = Here }, state).Passed);
        Assert.True(Check(new EventsExpectation([BootEventId.Driver(17)], Present: false) { Location = Here }, state).Passed);
        var missing = Check(new EventsExpectation([BootEventId.Driver(17)], Present: true) { Location = Here }, state);
        Assert.Equal("no evt-17 in the event log (it holds evt-1, ffs-120)", missing.Actual);

        Assert.True(Check(new ConsoleExpectation(["Login successful"], Present: true) { Location = Here }, state).Passed);
        Assert.False(Check(new ConsoleExpectation(["Login successful"], Present: false) { Location = Here }, state).Passed);
        var lacking = Check(new ConsoleExpectation(["Boot failed"], true) { Location = Here }, state);
        Assert.Contains("it ends: Login successful", lacking.Actual);

        Assert.True(Check(new ElapsedExpectation(TimeSpan.FromSeconds(5), null) { Location = Here }, state).Passed);
        Assert.False(Check(new ElapsedExpectation(null, TimeSpan.FromSeconds(4)) { Location = Here }, state).Passed);
    }

    [Fact]
    public void NvramValuesCompareInTheFormsAScenarioMayWriteThem()
    {
        var config = ((ChangeOutcome.Accepted)Factory.TryChangeAll(NvramAddress.OfPort(0),
            [("mba.boot-protocol", "iscsi"), ("iscsi.target1.ip-address", "192.0.2.10"), ("iscsi.initiator.subnet-mask", "24")])).Result;
        var state = State(config: config);
        NvramExpectation Expect(string key, string value) =>
            new([new NvramSetting(key, value, Here)], NvramAddress.OfPort(0)) { Location = Here };

        Assert.True(Check(Expect("mba.boot-protocol", "iSCSI"), state).Passed);
        Assert.True(Check(Expect("iscsi.target1.ip-address", "192.0.2.10"), state).Passed);
        Assert.True(Check(Expect("iscsi.initiator.subnet-mask", "255.255.255.0"), state).Passed);
        Assert.True(Check(Expect("iscsi.target1.boot-lun", "000"), state).Passed);
        var wrong = Check(Expect("mba.boot-protocol", "pxe"), state);
        Assert.Equal("mba.boot-protocol=iscsi", wrong.Actual);
    }

    [Fact]
    public void ScreenRefusalAndAdvisories()
    {
        var violation = new RuleViolation(RuleId.OutOfRange, "iscsi.target1.boot-lun", "too big", 27);
        Assert.True(Check(new RefusedExpectation(RuleId.OutOfRange) { Location = Here }, State(refusal: violation)).Passed);
        Assert.False(Check(new RefusedExpectation(RuleId.ChapSecretLength) { Location = Here }, State(refusal: violation)).Passed);
        Assert.Equal("the set was accepted", Check(new RefusedExpectation(RuleId.OutOfRange) { Location = Here }, State()).Actual);

        var menu = State(screen: "MBA Configuration Menu");
        Assert.True(Check(new ScreenExpectation(["MBA"], Present: true) { Location = Here }, menu).Passed);
        Assert.False(Check(new ScreenExpectation(["MBA"], Present: false) { Location = Here }, menu).Passed);

        var lun255 = ((ChangeOutcome.Accepted)Factory.TryChangeAll(NvramAddress.OfPort(0),
            [("mba.boot-protocol", "iscsi"), ("iscsi.general.iscsi-via-dhcp", "disabled"), ("iscsi.target1.connect", "enabled"),
                ("iscsi.target1.boot-lun", "255")])).Result;
        var warned = Check(new AdvisoryExpectation(["iscsi.target1.boot-lun"], Present: true) { Location = Here }, State(config: lun255));
        Assert.True(warned.Passed);
        Assert.True(Check(new AdvisoryExpectation(["iscsi.target1.boot-lun"], Present: false) { Location = Here }, State()).Passed);
    }

    [Fact]
    public void IbftFieldsAreReadBackFromThePublishedTable()
    {
        var table = IbftBuilder.Build(new IbftModel
        {
            Initiator = new IbftInitiator { Name = "iqn.1995-05.com.example:host21" },
            Nics = [new IbftNic { Address = IPAddress.Parse("192.0.2.21"), PrefixLength = 24, Origin = IbftAddressOrigin.Manual,
                MacAddress = MacAddress.Parse("00:17:A4:77:00:20") }],
            Targets =
            [
                new IbftTarget
                {
                    Address = IPAddress.Parse("192.0.2.10"), Lun = ScsiLun.FromNumber(255), TargetName = "iqn.2026-11.lab:t",
                    ChapType = IbftChapType.OneWay, ChapName = "host21", ChapSecret = "Secret4Host21",
                },
            ],
        });
        var state = State(FakeBoots.HandedOff() with { Ibft = table });
        IbftExpectation Expect(IbftField field, string value) => new([new IbftFieldValue(field, value)], Absent: false) { Location = Here };

        Assert.True(Check(Expect(IbftField.InitiatorName, "iqn.1995-05.com.example:host21"), state).Passed);
        Assert.True(Check(Expect(IbftField.Address, "192.0.2.21"), state).Passed);
        Assert.True(Check(Expect(IbftField.Mac, "00-17-a4-77-00-20"), state).Passed);
        Assert.True(Check(Expect(IbftField.Origin, "manual"), state).Passed);
        Assert.True(Check(Expect(IbftField.Lun, "255"), state).Passed);
        Assert.True(Check(Expect(IbftField.Chap, "one-way"), state).Passed);
        Assert.True(Check(Expect(IbftField.ReverseChapName, "none"), state).Passed);
        Assert.True(Check(Expect(IbftField.Targets, "1"), state).Passed);
        Assert.Equal("iBFT lun 255", Check(Expect(IbftField.Lun, "254"), state).Actual);
        Assert.False(Check(new IbftExpectation([], Absent: true) { Location = Here }, state).Passed);
        Assert.True(Check(new IbftExpectation([], Absent: true) { Location = Here }, State(FakeBoots.HandedOff())).Passed);

        var corrupt = (byte[])table.Clone();
        corrupt[9] ^= 0xFF; // the checksum byte
        var unreadable = Check(Expect(IbftField.Lun, "255"), State(FakeBoots.HandedOff() with { Ibft = corrupt }));
        Assert.Contains("does not read back", unreadable.Actual);
    }
}
