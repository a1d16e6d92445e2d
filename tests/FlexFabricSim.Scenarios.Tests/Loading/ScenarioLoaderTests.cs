using FlexFabricSim.Boot.Os;
using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Images;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rules;
using FlexFabricSim.Scenarios.Format;
using FlexFabricSim.Scenarios.Loading;

namespace FlexFabricSim.Scenarios.Tests.Loading;

/// <summary>What the loader builds from a file, and the checks it makes before anything runs.</summary>
public sealed class ScenarioLoaderTests
{
    private const string Head = "title: A title\nguide: T10 p.27\n";

    private static ScenarioFile Parse(string body) => ScenarioLoader.Parse(Head + body, "dir/case.yaml");

    private static ScenarioFormatException Refuse(string body) =>
        Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.Parse(Head + body, "dir/case.yaml"));

    [Fact]
    public void AMinimalFileBootsOnceOnTheModelsFactoryImage()
    {
        var scenario = Parse("adapter: { model: 534FLB }\n");

        Assert.Equal(("case", "A title", "T10 p.27"), (scenario.Name, scenario.Title, scenario.Guide.ToString()));
        Assert.Equal(ScenarioKind.Scenario, scenario.Kind);
        Assert.Equal(AdapterModel.Hp534Flb, scenario.Adapter.Configuration.Model);
        Assert.Equal(FactoryImages.All[2].BaseMac, scenario.Adapter.Configuration.BaseMac);
        Assert.IsType<BootStep>(Assert.Single(scenario.Steps));
        Assert.Empty(scenario.Lab.Targets);
        Assert.Null(scenario.Os);
    }

    [Fact]
    public void OverridesApplyInFileOrderThroughTheRulesIncludingTheirConsequences()
    {
        var scenario = Parse("""
            adapter:
              model: 534M
              nvram:
                iscsi.initiator.ip-address: 192.0.2.21
                iscsi.general.ip-version: ipv6
                iscsi.initiator.subnet-mask: 64
            """);
        var config = scenario.Adapter.Configuration;

        // Switching IP Version reset the IPv4 address (G p.6); the prefix was then read as IPv6.
        Assert.Equal("::", config.Get(NvramAddress.OfPort(0), FieldKeys.Initiator.IpAddress));
        Assert.Equal("64", config.Get(NvramAddress.OfPort(0), FieldKeys.Initiator.SubnetMask));
        Assert.Equal(["iscsi.initiator.ip-address", "iscsi.general.ip-version", "iscsi.initiator.subnet-mask"],
            scenario.Adapter.Overrides.Select(o => o.Key));
        Assert.Equal(6, scenario.Adapter.Overrides[0].Location.Line);
    }

    [Fact]
    public void AdapterWideKeysCanSwitchToMultiFunctionBeforeAFunctionIsAddressed()
    {
        var scenario = Parse("""
            adapter:
              model: 534FLR-SFP+
              port: 1
              function: 2
              nvram:
                adapter.multi-function-mode: multi-function
                npar.iscsi-offload: enabled
            """);

        Assert.Equal(new NvramAddress(1, 2), scenario.Adapter.At);
        Assert.Equal("enabled", scenario.Adapter.Configuration.Get(new NvramAddress(1, 2), FieldKeys.Npar.IscsiOffload));
        Assert.Equal("disabled", scenario.Adapter.Configuration.Get(new NvramAddress(1, 1), FieldKeys.Npar.IscsiOffload));
    }

    [Fact]
    public void ATypoInARequiredKeyIsNamedAsATypo()
    {
        var e = Assert.Throws<ScenarioFormatException>(() =>
            ScenarioLoader.Parse("title: t\nguide: p.7\nadaptor: { model: 534M }\n", "c.yaml"));
        Assert.Equal("adaptor", e.Field);
        Assert.Contains("did you mean 'adapter'?", e.Detail);

        e = Assert.Throws<ScenarioFormatException>(() =>
            ScenarioLoader.Parse("title: t\nguide: p.7\nadapter: { modell: 534M }\n", "c.yaml"));
        Assert.Equal(("adapter.modell", "unknown key 'modell'; did you mean 'model'?"), (e.Field, e.Detail));
    }

    [Fact]
    public void AFunctionIsRefusedInSingleFunctionMode()
    {
        var e = Refuse("adapter:\n  model: 534M\n  function: 1\n");
        Assert.Equal("adapter.function", e.Field);
        Assert.Contains("single-function mode", e.Detail);
    }

    [Theory]
    [InlineData("534flr-sfp-no-iscsi-fw", false)]
    [InlineData("534m.ffimg", true)]
    public void ImagesAreFactoryImagesByName(string image, bool iscsiFirmware)
    {
        var scenario = Parse($"adapter:\n  image: {image}\n");
        Assert.Equal(iscsiFirmware, scenario.Adapter.Configuration.OptionRom.HasIscsiBootFirmware);
        Assert.StartsWith("factory image", scenario.Adapter.Source);
    }

    [Fact]
    public void AnImageFileResolvesBesideTheScenario()
    {
        var folder = Directory.CreateTempSubdirectory("ffsim-scen-").FullName;
        try
        {
            var config = AdapterConfiguration.CreateFactory(AdapterModel.Cn1100R, MacAddress.Parse("00:17:A4:77:01:00"));
            FirmwareImage.Write(Path.Combine(folder, "mine.ffimg"), config);
            File.WriteAllText(Path.Combine(folder, "s.yaml"), Head + "adapter:\n  image: mine.ffimg\n");

            var scenario = ScenarioLoader.Load(Path.Combine(folder, "s.yaml"));
            Assert.Equal(config, scenario.Adapter.Configuration);

            File.WriteAllText(Path.Combine(folder, "wrong.yaml"), Head + "adapter:\n  image: mine.ffimg\n  model: 534M\n");
            var e = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.Load(Path.Combine(folder, "wrong.yaml")));
            Assert.Equal("adapter.image", e.Field);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void AnUnknownImageListsTheFactoryImages()
    {
        var e = Refuse("adapter:\n  image: 534x\n");
        Assert.Contains("534flr-sfp-no-iscsi-fw", e.Detail);
    }

    [Fact]
    public void StepsKeepTheirKindOrderNotesAndExpectations()
    {
        var scenario = Parse("""
            adapter: { model: 534M }
            os: { profile: 2008r2, vbd-driver: 4.6, ois-driver: false }
            steps:
              - menu: [ctrl+s, 'enter, "192.0.2.1"']
                note: why
              - set: { iscsi.target1.boot-lun: 254 }
                port: 1
              - os: { ois-driver: true }
              - boot:
                  time-limit: 2m
                expect: { outcome: failed }
              - reboot
            """);

        var menu = Assert.IsType<MenuStep>(scenario.Steps[0]);
        Assert.Equal("ctrl+s,enter,\"192.0.2.1\"", menu.Keys.Format());
        Assert.Equal("why", menu.Note);
        var set = Assert.IsType<NvramSetStep>(scenario.Steps[1]);
        Assert.Equal(NvramAddress.OfPort(1), set.At);
        var os = Assert.IsType<OsChangeStep>(scenario.Steps[2]);
        Assert.Equal("windows-2008-r2", os.Os.Profile);
        Assert.Equal(new Version(4, 6), os.Os.Inputs.VirtualBusDeviceDriver);
        Assert.True(os.Os.Inputs.OisDriverInstalled);
        var boot = Assert.IsType<BootStep>(scenario.Steps[3]);
        Assert.Equal((false, TimeSpan.FromMinutes(2)), (boot.IsReboot, boot.TimeLimit));
        Assert.IsType<OutcomeExpectation>(Assert.Single(boot.Expectations));
        Assert.True(Assert.IsType<BootStep>(scenario.Steps[4]).IsReboot);
    }

    [Theory]
    [InlineData("steps:\n  - reboot\n", "steps[0]", "earlier boot")]
    [InlineData("expect: { outcome: failed }\nsteps: [ { set: { mba.boot-protocol: iscsi } } ]\n", "expect.outcome", "no boot step")]
    [InlineData("steps:\n  - boot:\n    expect: { screen: Port 0 }\n", "steps[0].expect.screen", "no menu step")]
    [InlineData("steps:\n  - boot:\n    expect: { refused: out-of-range }\n", "steps[0].expect.refused", "only a 'set' step")]
    [InlineData("steps:\n  - boot:\n    os: { teaming: true }\n", "steps[0]", "does one thing")]
    [InlineData("steps:\n  - dance\n", "steps[0]", "a step is 'boot'")]
    [InlineData("steps:\n  - os: { teaming: true }\n", "steps[0].os", "needs a 'profile'")]
    [InlineData("os: { profile: windows-95 }\n", "os.profile", "valid: windows-2008-sp2")]
    [InlineData("os: { profile: rhel-6.2 }\nsteps:\n  - os: {}\n", "steps[0].os", "names no change")]
    [InlineData("expect: {}\n", "expect", "expects nothing")]
    [InlineData("expect: { events: [evt-99] }\n", "expect.events", "not an event id")]
    [InlineData("expect: { nvram: { mba.boot-protocoll: iscsi } }\n", "expect.nvram", "did you mean mba.boot-protocol")]
    [InlineData("expect: { ibft: { lun: two } }\n", "expect.ibft.lun", "whole number")]
    [InlineData("expect: { elapsed: { at-least: 5m, at-most: 1m } }\n", "expect.elapsed", "longer than at-most")]
    [InlineData("solution: esc\n", "solution", "only a lesson")]
    [InlineData("os: { profil: rhel-6.2 }\n", "os.profil", "did you mean 'profile'?")]
    public void MistakesAreRefusedBeforeRunning(string body, string field, string words)
    {
        var e = Refuse("adapter: { model: 534M }\n" + body);
        Assert.Equal(field, e.Field);
        Assert.Contains(words, e.Detail);
    }

    [Fact]
    public void ASetIsCheckedAgainstTheNvramTheFileBuilds()
    {
        // The override made IP Version IPv6, so an IPv4 address is refused at load time, at its value.
        var e = Refuse("""
            adapter:
              model: 534M
              nvram: { iscsi.general.ip-version: ipv6 }
            steps:
              - set:
                  iscsi.initiator.ip-address: 192.0.2.21
            """);
        Assert.Equal((8, 35, "steps[0].set.iscsi.initiator.ip-address"), (e.Line, e.Column, e.Field));
        Assert.Contains(nameof(RuleId.InvalidIpAddress), e.Detail);
    }

    [Fact]
    public void AfterAMenuStepOnlyRefusalsNoOtherFieldDecidesAreLoadErrors()
    {
        // The menu step might switch IP Version, so the IPv6 address is left to the run...
        var scenario = Parse("""
            adapter: { model: 534M }
            steps:
              - menu: ctrl+s
              - set: { iscsi.initiator.ip-address: "2001:db8::21" }
            """);
        Assert.Equal(2, scenario.Steps.Count);

        // ...but a Boot LUN out of range is out of range whatever the menus did.
        var e = Refuse("adapter: { model: 534M }\nsteps:\n  - menu: ctrl+s\n  - set: { iscsi.target1.boot-lun: 300 }\n");
        Assert.Contains(nameof(RuleId.OutOfRange), e.Detail);
    }

    [Fact]
    public void ASetExpectedToBeRefusedIsNotALoadError()
    {
        var scenario = Parse("""
            adapter:
              model: 534M
              nvram: { adapter.multi-function-mode: multi-function }
            steps:
              - set: { iscsi.general.hba-boot-mode: enabled }
                expect: { refused: hba-boot-mode-locked-in-multi-function }
            """);
        var refused = Assert.IsType<RefusedExpectation>(Assert.Single(scenario.Steps[0].Expectations));
        Assert.Equal(RuleId.HbaBootModeLockedInMultiFunction, refused.Rule);
    }

    [Fact]
    public void TheLabSectionIsTheBootEnginesLabModel()
    {
        var scenario = Parse("""
            adapter: { model: 534M }
            lab:
              port: { speed: 1gbps }
              dhcp4:
                server: 192.0.2.1
                pool: 192.0.2.100-192.0.2.110
                root-path: "iscsi:192.0.2.10::::iqn.2026-11.lab:t"
              targets:
                - { name: "iqn.2026-11.lab:t", address: 192.0.2.10, luns: [{ lun: 3, content: gpt }] }
            """);

        Assert.Equal(Boot.Lab.LabPortSpeed.Gbps1, scenario.Lab.Port.Speed);
        Assert.Equal("iscsi:192.0.2.10::::iqn.2026-11.lab:t", scenario.Lab.Dhcp4!.RootPath);
        Assert.Equal(3, Assert.Single(Assert.Single(scenario.Lab.Targets).Luns).Lun);
        Assert.Equal("case", scenario.Lab.Name);
    }

    [Fact]
    public void OsDefaultsDescribeAPreparedSystem()
    {
        var scenario = Parse("adapter: { model: 534M }\nos: { profile: rhel-6.2 }\n");
        Assert.Equal(new OsSetup("rhel-6.2", OsInputs.Prepared), scenario.Os);
    }

    [Fact]
    public void ALessonHasAnObjectiveAndASolutionInsteadOfSteps()
    {
        var lesson = Parse("""
            adapter: { model: 534M }
            objective:
              text: Do it.
              points:
                - nvram: { mba.boot-protocol: iscsi }
                  hint: Boot Protocol.
                  guide: p.6
                - outcome: os-running
                  hint: Boot.
                  guide: p.18
            solution: [ctrl+s, "enter, down, right, f4"]
            """);

        Assert.Equal(ScenarioKind.Lesson, lesson.Kind);
        Assert.Empty(lesson.Steps);
        Assert.Equal(2, lesson.Objective!.Points.Count);
        Assert.Equal("p.18", lesson.Objective.Points[1].Guide.ToString());
        Assert.Equal("ctrl+s,enter,down,right,f4", lesson.Solution!.Format());
    }

    [Theory]
    [InlineData("T10 p.27", "T10", new[] { 27 })]
    [InlineData("p.8, p.10", null, new[] { 8, 10 })]
    [InlineData("p.7", null, new[] { 7 })]
    public void GuideCitationsParse(string text, string? entry, int[] pages)
    {
        Assert.True(GuideCitation.TryParse(text, out var citation));
        Assert.Equal(entry, citation.Entry);
        Assert.Equal(pages, citation.Pages);
        Assert.Equal(text, citation.ToString());
    }

    [Theory]
    [InlineData("T13 p.27")]
    [InlineData("p.99")]
    [InlineData("page 7")]
    [InlineData("")]
    public void GuideCitationsRefuseWhatTheGuideDoesNotHave(string text) => Assert.False(GuideCitation.TryParse(text, out _));
}
