using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rules;
using FlexFabricSim.Scenarios.Loading;
using FlexFabricSim.Scenarios.Running;
using FlexFabricSim.Scenarios.Tests.Support;

namespace FlexFabricSim.Scenarios.Tests.Running;

/// <summary>The runner's bookkeeping, with a boot double that records what it was asked to boot.</summary>
public sealed class ScenarioRunnerTests
{
    private const string Head = "title: t\nguide: p.7\nadapter:\n  model: 534M\n  port: 1\n  nvram: { mba.boot-protocol: iscsi }\n";

    private readonly List<BootRequest> _requests = [];

    private ScenarioRunner Runner(Func<BootRequest, BootResult>? answer = null) => new((request, _) =>
    {
        _requests.Add(request);
        return Task.FromResult(answer?.Invoke(request) ?? FakeBoots.HandedOff(BootEventId.Engine(EngineCode.LoginSucceeded)));
    });

    [Fact]
    public async Task EachBootGetsTheNvramAsTheStepsBeforeItLeftItWithTheScenariosLabPortAndOs()
    {
        var scenario = ScenarioLoader.Parse(Head + """
            lab: { name: mylab, port: { speed: 1gbps } }
            os: { profile: rhel-6.2, ois-driver: false }
            steps:
              - boot
              - set: { iscsi.target1.boot-lun: 7 }
              - os: { ois-driver: true }
              - reboot:
                  time-limit: 90s
            """, "s.yaml");

        var run = await Runner().RunAsync(scenario);

        Assert.True(run.Passed, string.Join('\n', run.Failures()));
        Assert.Equal(2, _requests.Count);
        Assert.All(_requests, r =>
            Assert.Equal((NvramAddress.OfPort(1), "mylab", "rhel-6.2", BootNetwork.Lab), (r.At, r.Lab!.Name, r.Os, r.Network)));
        static (string Lun, bool Ois) Seen(BootRequest r) =>
            (r.Configuration.Get(NvramAddress.OfPort(1), "iscsi.target1.boot-lun"), r.OsInputs.OisDriverInstalled);
        Assert.Equal(("0", false), Seen(_requests[0]));
        Assert.Equal(("7", true), Seen(_requests[1]));
        Assert.Equal(TimeSpan.FromSeconds(90), _requests[1].TimeLimit);
        Assert.Equal(new BootRequest { Configuration = scenario.Adapter.Configuration }.TimeLimit, _requests[0].TimeLimit);
        Assert.Equal([1, 2], run.Steps.OfType<BootStepRun>().Select(b => b.BootNumber));
        Assert.Equal(2, run.Boots.Count);
    }

    [Fact]
    public async Task AnUnexpectedRefusalIsAProblemAndLeavesTheNvramAsItWas()
    {
        // The menu step makes the load-time check impossible; at run time the rules refuse the IPv6 address under IPv4.
        var scenario = ScenarioLoader.Parse(Head + """
            steps:
              - menu: esc
              - set:
                  iscsi.target1.boot-lun: 9
                  iscsi.initiator.ip-address: "2001:db8::21"
              - boot
            """, "s.yaml");

        var run = await Runner().RunAsync(scenario);

        Assert.False(run.Passed);
        var set = Assert.IsType<SetStepRun>(run.Steps[1]);
        Assert.Equal(RuleId.InvalidIpAddress, set.Refusal!.Rule);
        Assert.Contains("the rules refused 'iscsi.initiator.ip-address=2001:db8::21'", set.Problem);
        Assert.Equal("0", _requests.Single().Configuration.Get(NvramAddress.OfPort(1), "iscsi.target1.boot-lun"));
        Assert.Contains(run.Failures(), f => f.StartsWith("s.yaml:9:5: step 2: the rules refused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnExpectedRefusalPassesAndAnAcceptedSetFailsIt()
    {
        var scenario = ScenarioLoader.Parse(Head + """
            steps:
              - set: { iscsi.target1.boot-lun: 9 }
                expect: { refused: out-of-range }
            """, "s.yaml");

        var run = await Runner().RunAsync(scenario);

        var failure = Assert.Single(run.Failures());
        Assert.Equal("s.yaml:9:15: step 1 expect refused: expected refused by rule out-of-range; got the set was accepted", failure);
    }

    [Fact]
    public async Task AMenuStepKeepsWhatTheMenusSavedAndItsScreen()
    {
        var scenario = ScenarioLoader.Parse(Head + """
            steps:
              - menu: ctrl+s, down, enter, right, f4
              - menu: ctrl+s, down, enter, right
            """, "s.yaml");

        var run = await Runner().RunAsync(scenario);

        var saved = Assert.IsType<MenuStepRun>(run.Steps[0]);
        Assert.Equal([new NvramChange("mba.option-rom", "enabled", "disabled")], saved.Saved);
        Assert.Contains("MBA Configuration Menu", saved.Screen);
        var unsaved = Assert.IsType<MenuStepRun>(run.Steps[1]);
        Assert.Empty(unsaved.Saved);
        Assert.Equal("the menus saved nothing", unsaved.Summary);
        Assert.Equal("disabled", run.FinalConfiguration.Get(NvramAddress.OfPort(1), "mba.option-rom"));
    }

    [Fact]
    public async Task ABootTheEngineRefusesIsAProblemNotACrash()
    {
        var scenario = ScenarioLoader.Parse(Head + "expect: { outcome: handed-off }\n", "s.yaml");
        var runner = new ScenarioRunner((_, _) => throw new ArgumentException("the 534M has no port 7"));

        var run = await runner.RunAsync(scenario);

        var boot = Assert.IsType<BootStepRun>(Assert.Single(run.Steps));
        Assert.Null(boot.Result);
        Assert.Equal("the boot engine refused the boot: the 534M has no port 7", boot.Problem);
        Assert.Equal("no boot has run yet", Assert.Single(run.Final).Actual);
    }

    [Fact]
    public async Task FinalExpectationsLookAtTheLastBoot()
    {
        var scenario = ScenarioLoader.Parse(Head + """
            steps: [boot, reboot]
            expect: { outcome: failed, stage: login }
            """, "s.yaml");
        var boots = 0;
        var runner = Runner(_ => ++boots == 1
            ? FakeBoots.HandedOff()
            : FakeBoots.Failed(BootStage.Login, BootEventId.Driver(17), null, "Login failed"));

        var run = await runner.RunAsync(scenario);

        Assert.True(run.Passed, string.Join('\n', run.Failures()));
    }
}
