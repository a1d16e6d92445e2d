using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Tests.Support;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Net.Ibft;

namespace FlexFabricSim.Boot.Tests.Engine;

/// <summary>Login: CHAP, mutual CHAP, the 2nd target, Boot Retry Count and the target faults, through the engine.</summary>
public sealed class LoginTests
{
    [Fact]
    public void ChapLogsIn()
    {
        var result = Cases.StaticWithTarget(Cases.Chap, Cases.ChapSettings());
        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(IbftChapType.OneWay, IbftParser.Parse(result.Ibft).Targets[0].ChapType);
        Assert.Contains(result.Events, e => e.Id == BootEventId.Engine(EngineCode.LoginSucceeded) && e.Message.Contains("(CHAP;"));
    }

    [Fact]
    public void WrongChapSecretIsRefusedByTheTarget()
    {
        var result = Cases.StaticWithTarget(Cases.Chap, Cases.ChapSettings("wrongsecret99"));
        Assert.Equal(BootEventId.Driver(10), result.EventId);
        Assert.Equal(BootStage.Login, result.FailedStage);
        Assert.Equal("G p.9", result.Guide!.ToString());
    }

    [Fact]
    public void MutualChapLogsInWhenTheTargetAnswersRightly()
    {
        var result = Cases.StaticWithTarget(Cases.Chap + "\n    mutual-chap: { user: tgtchap, secret: targetsecret99 }", Cases.MutualChapSettings());
        Assert.True(result.Succeeded, result.Reason);
        Assert.Equal(IbftChapType.Mutual, IbftParser.Parse(result.Ibft).Targets[0].ChapType);
    }

    [Fact]
    public void MutualChapWithATargetThatAnswersWronglyIsEvent17()
    {
        var result = Cases.StaticWithTarget(
            Cases.Chap + "\n    mutual-chap: { user: tgtchap, secret: targetsecret99 }\n    faults: { wrong-chap-response: true }",
            Cases.MutualChapSettings());
        Assert.Equal(BootEventId.Driver(17), result.EventId);
        Assert.Contains("CHAP", result.Reason);
    }

    [Fact]
    public void TargetRequiringChapRefusesACardWithoutIt()
    {
        var result = Cases.StaticWithTarget(Cases.Chap);
        Assert.Equal(BootEventId.Driver(40), result.EventId);
    }

    [Fact]
    public void CardRequiringChapIsRefusedByATargetWithoutAccounts()
    {
        // The ROM offers only AuthMethod=CHAP; the lab's target has no account and fails the login (status 0201), which
        // is event 10. Event 38 needs a target that answers AuthMethod=None instead, which the lab's target does not do.
        var result = Cases.StaticWithTarget("", Cases.ChapSettings());
        Assert.Equal(BootEventId.Driver(10), result.EventId);
    }

    [Fact]
    public void FirstTargetDownBootsFromTheSecond()
    {
        var result = Cases.Static(Cases.TwoTargets("{ port-closed: true }"), null, Cases.SecondTarget());
        Assert.True(result.Succeeded, result.Reason);
        var ids = Boots.Ids(result).ToList();
        Assert.Equal(BootEventId.Driver(1), ids.First(i => i.Source == BootEventSource.Driver));
        Assert.Contains(BootEventId.Engine(EngineCode.SecondTarget), ids);
        Assert.Equal(Boots.Target2, IbftParser.Parse(result.Ibft).Targets[0].TargetName);
        Assert.Contains(result.Ladder.Messages, m => m.Label == "TCP RST");
    }

    [Fact]
    public void AbsentTargetIsEvent1AfterArpGoesUnanswered()
    {
        var result = Cases.StaticWithTarget("    faults: { absent: true }");
        Assert.Equal(BootEventId.Driver(1), result.EventId);
        Assert.Contains(result.Ladder.Messages, m => m.Label == "ARP who-has 192.0.2.10");
        Assert.DoesNotContain(result.Ladder.Messages, m => m.Label.StartsWith("ARP 192.0.2.10 is-at", StringComparison.Ordinal));
    }

    [Fact]
    public void NoLoginResponseIsEvent43()
    {
        var result = Cases.StaticWithTarget("    faults: { no-login-response: true }");
        Assert.Equal(BootEventId.Driver(43), result.EventId);
    }

    [Fact]
    public void LoginRejectIsEvent10AndARetryRoundSucceeds()
    {
        var rejected = Cases.StaticWithTarget("    faults: { login-reject: { class: 3, detail: 1 } }");
        Assert.Equal(BootEventId.Driver(10), rejected.EventId);
        // The target rejects only the first login: with one Boot Retry the second round gets in.
        var retried = Cases.StaticWithTarget("    faults: { login-reject: { class: 3, detail: 1 } }", (FieldKeys.Mba.BootRetryCount, "1"));
        Assert.True(retried.Succeeded, retried.Reason);
        Assert.Contains(BootEventId.Engine(EngineCode.LoginRetry), Boots.Ids(retried));
    }

    [Fact]
    public void DroppedDuringLoginIsEvent59AndDuringAttachIsEvent20()
    {
        Assert.Equal(BootEventId.Driver(59), Cases.StaticWithTarget("    faults: { drop-after-pdus: 1 }").EventId);
        Assert.Equal(BootEventId.Driver(20), Cases.StaticWithTarget("    faults: { drop-after-pdus: 3 }").EventId);
    }

    [Fact]
    public void RedirectToAnUnusableAddressIsEvent12()
    {
        var result = Cases.StaticWithTarget("    faults: { redirect-to: 192.0.2.10:3260 }");
        Assert.Equal(BootEventId.Driver(12), result.EventId);
    }

    [Fact]
    public void NoTargetConfiguredFailsBeforeAnyLogin()
    {
        var result = Cases.Static(Boots.OneTarget(), null, (FieldKeys.Target1.Connect, "disabled"));
        Assert.Equal(BootEventId.Engine(EngineCode.NoTargetConfigured), result.EventId);
        Assert.DoesNotContain(result.Ladder.Messages, m => m.Label.StartsWith("TCP", StringComparison.Ordinal));
    }

    [Fact]
    public void UnsetStaticAddressFails()
    {
        var result = Cases.Static(Boots.OneTarget(), null, (FieldKeys.Initiator.IpAddress, "0.0.0.0"));
        Assert.Equal(BootEventId.Engine(EngineCode.NoStaticAddress), result.EventId);
    }

    [Fact]
    public void IndefiniteRetriesEndAtTheTimeLimit()
    {
        var result = Boots.Run(Configs.Iscsi([.. Configs.StaticIpv4(), (FieldKeys.Mba.BootRetryCount, "indefinite")]),
            Boots.OneTarget("    faults: { port-closed: true }"), tweak: r => r with { TimeLimit = TimeSpan.FromMinutes(10) });
        Assert.Equal(BootEventId.Engine(EngineCode.SimulationTimeLimit), result.EventId);
        Assert.True(Boots.Ids(result).Count(i => i == BootEventId.Engine(EngineCode.LoginRetry)) > 10);
        Assert.InRange(result.Elapsed, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10.1));
    }
}
