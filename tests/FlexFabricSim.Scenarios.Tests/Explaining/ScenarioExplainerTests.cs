using FlexFabricSim.Scenarios.Explaining;
using FlexFabricSim.Scenarios.Loading;
using FlexFabricSim.Scenarios.Running;
using FlexFabricSim.Scenarios.Tests.Support;

namespace FlexFabricSim.Scenarios.Tests.Explaining;

/// <summary>'scenario explain' tells what happened step by step and quotes the guide's section and action.</summary>
public sealed class ScenarioExplainerTests
{
    private static async Task<string> Explain(string name) =>
        ScenarioExplainer.Explain(await ScenarioRunner.WithBootEngine().RunAsync(ScenarioLoader.Load(ScenarioFiles.PathOf(name))));

    [Fact]
    public async Task T10IsExplainedStepByStepWithTheGuidesAction()
    {
        var text = await Explain("t10-boot-lun-255.yaml");

        Assert.Contains("Guide: T10 p.27 - A system blue screen appears after the iSCSI boot LUN is set to 255", text);
        Assert.Contains("1. boot: power on and boot", text);
        Assert.Contains("2. set at port 0: iscsi.target1.boot-lun=254", text);
        Assert.Contains("   why: T10's action - a LUN from 0 to 254", text);
        Assert.Contains("3. reboot: restart the server and boot", text);
        Assert.Contains("   [pass] OS outcome stop-error", text);
        Assert.Contains("Action (T10): Set a LUN value from 0 to 254.", text);
        Assert.Contains("Result: PASS", text);
    }

    [Fact]
    public async Task AWalkThroughQuotesItsSetUpSection()
    {
        var text = await Explain("static-ipv4.yaml");

        Assert.Contains("What the guide says (p.7, Static iSCSI boot configuration):", text);
        Assert.Contains("lab: target iqn.2026-11.lab.target:disk1 at 192.0.2.10:3260: LUN 0 (mbr); no authentication", text);
    }

    [Fact]
    public async Task ALessonIsExplainedWithItsScore()
    {
        var text = await Explain(Path.Combine("lessons", "04-chap.yaml"));

        Assert.Contains("objective: Enable CHAP so the card logs in as host21", text);
        Assert.Contains("1. menu: power on and press ctrl+s,enter,end,up,enter", text);
        Assert.Contains("Score: 4/4 - objective met.", text);
    }

    [Fact]
    public void TextIsWrappedAtSpaces()
    {
        Assert.Equal(["aaa bbb", "ccc"], ScenarioExplainer.Wrap("aaa bbb ccc", 8));
        Assert.Equal(["averyveryverylongword", "x"], ScenarioExplainer.Wrap("averyveryverylongword x", 8));
    }
}
