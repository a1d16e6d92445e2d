using FlexFabricSim.Device.Rom;
using FlexFabricSim.Tui.BootConsole;
using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Scenarios.Format;
using FlexFabricSim.Scenarios.Lessons;
using FlexFabricSim.Scenarios.Loading;
using FlexFabricSim.Scenarios.Running;
using FlexFabricSim.Scenarios.Tests.Support;
using FlexFabricSim.Tui.Headless;
using Microsoft.Extensions.Time.Testing;

namespace FlexFabricSim.Scenarios.Tests.Lessons;

/// <summary>Lessons played through key injection: full marks when done right, and the mistake named (with its page) when not.</summary>
public sealed class LessonTests
{
    private static ScenarioFile Lesson(string name) => ScenarioLoader.Load(ScenarioFiles.PathOf(Path.Combine("lessons", name)));

    private static Task<ScenarioRun> Play(ScenarioFile lesson, string keys) =>
        ScenarioRunner.WithBootEngine().PlayLessonAsync(lesson, KeyScript.Parse(keys));

    // Lesson 5 done right, as a trainee would type it (the lesson's own solution is checked by the library theory).
    private const string MutualChapKeys =
        "ctrl+s, enter, end, up, enter, " +
        "enter, down, down, down, right, esc, " +
        "down, enter, end, up, \"host21\", enter, down, \"Secret4Host21\", enter, esc, " +
        "down, down, enter, right, down, \"192.0.2.11\", enter, down, down, down, \"iqn.2026-11.lab.array2:boot\", enter, " +
        "down, \"array2\", enter, down, \"{0}\", enter, esc, " +
        "end, enter, f4";

    [Fact]
    public async Task MutualChapWithASecondTargetDoneRightScoresFullMarks()
    {
        var run = await Play(Lesson("05-mutual-chap-second-target.yaml"), string.Format(MutualChapKeys, "Secret4Array2"));

        Assert.True(run.Score!.IsFullMarks, run.Score.Report());
        Assert.Equal((6, 6), (run.Score.Met, run.Score.Total));
        Assert.Equal(BootOutcome.OsRunning, run.Boots.Single().Outcome);
        Assert.StartsWith("Score: 6/6 - objective met.", run.Score.Report());
    }

    [Fact]
    public async Task UsingTheInitiatorsSecretForTheTargetIsNamedWithItsPage()
    {
        // The classic mistake: the same secret in both directions. The target's real secret differs, so the card refuses it.
        var run = await Play(Lesson("05-mutual-chap-second-target.yaml"), string.Format(MutualChapKeys, "Secret4Host21"));
        var score = run.Score!;

        Assert.False(score.IsFullMarks);
        Assert.Equal(3, score.Met);
        var missed = score.Missed.Select(p => p.Point.Check.Key).ToList();
        Assert.Equal(["no-advisories", "ibft", "outcome"], missed);
        var report = score.Report();
        Assert.Contains("[ ] training advisor does not warn about iscsi.target2.chap-secret", report);
        Assert.Contains("hint:  The target's secret must differ from the initiator's", report);
        Assert.Contains("read:  guide p.9 (Enabling CHAP authentication; DHCP option 17)", report);
        Assert.Contains("found: outcome failed in login (evt-17", report);
    }

    [Fact]
    public async Task ForgettingToSaveLosesEverythingAndSaysWhereToLook()
    {
        // Boot Protocol changed but never saved (no F4): NVRAM still says PXE.
        var run = await Play(Lesson("01-boot-protocol-iscsi.yaml"), "ctrl+s, enter, down, right, esc, n");
        var missed = Assert.Single(run.Score!.Missed);

        Assert.Equal("mba.boot-protocol=pxe", missed.Result.Actual);
        Assert.Equal("p.6", missed.Point.Guide.ToString());
        Assert.Contains("F4 saves", missed.Point.Hint);
        Assert.Equal("pxe", run.FinalConfiguration.Get(NvramAddress.OfPort(0), "mba.boot-protocol"));
    }

    [Fact]
    public async Task AWrongTargetAddressIsTheOnlyPointMissedBesideTheBoot()
    {
        var lesson = Lesson("02-static-ipv4.yaml");
        var keys = lesson.Solution!.Format().Replace("\"192.0.2.10\"", "\"192.0.2.100\"", StringComparison.Ordinal);

        var run = await Play(lesson, keys);

        Assert.Equal(["nvram", "outcome"], run.Score!.Missed.Select(p => p.Point.Check.Key));
        Assert.Contains("iscsi.target1.ip-address=192.0.2.100", run.Score.Missed.First().Result.Actual);
        Assert.Contains("p.7", run.Score.Missed.First().Point.Guide.ToString());
    }

    [Fact]
    public async Task AnInteractiveSessionIsScoredOnWhatWasSavedAndTheBootThatFollowed()
    {
        var lesson = Lesson("04-chap.yaml");
        var configuration = lesson.Adapter.Configuration;
        var at = lesson.Adapter.At;
        var saved = ((Device.Rules.ChangeOutcome.Accepted)configuration.TryChangeAll(at,
            [("iscsi.general.chap-authentication", "enabled"), ("iscsi.initiator.chap-id", "host21"),
             ("iscsi.initiator.chap-secret", "Secret4Host21")])).Result;
        var runner = ScenarioRunner.WithBootEngine();

        var score = await runner.ScoreAsync(lesson, saved, boot: null);
        Assert.True(score.IsFullMarks, score.Report());

        // A boot the trainee watched is scored as it was, not booted again.
        var watched = await BootEngine.RunAsync(ScenarioRunner.RequestFor(lesson, configuration, lesson.Os, null));
        var unsaved = await runner.ScoreAsync(lesson, configuration, watched);
        Assert.Equal(0, unsaved.Met);
    }

    [Fact]
    public async Task TheLessonBootConsoleReplaysTheEnginesConsoleAndKeepsTheBoot()
    {
        var lesson = Lesson("02-static-ipv4.yaml");
        var clock = new FakeTimeProvider();
        var console = new LessonBootConsole(lesson, clock);
        Assert.Null(console.LastBoot);

        var lines = new List<string>();
        var reading = Task.Run(async () =>
        {
            await foreach (var line in console.RunAsync(lesson.Adapter.Configuration, CancellationToken.None))
            {
                lines.Add(line.Text);
            }
        });
        while (!reading.IsCompleted)
        {
            clock.Advance(new EngineBootConsoleOptions().MaxPause);
            await Task.Delay(1);
        }
        await reading;

        var boot = console.LastBoot!.Value;
        Assert.Equal(lesson.Adapter.Configuration, boot.Configuration);
        // The screens showed the banner already; the rest is replayed as the ROM printed it, then the outcome and what to do next.
        var banner = OptionRomBanner.Lines(boot.Configuration.OptionRom, boot.Configuration.GetMba(lesson.Adapter.At)).Count;
        Assert.Equal(boot.Result.Console.Select(l => l.Text).Skip(banner), lines.SkipLast(2));
        Assert.StartsWith("[FlexFabricSim] In lab ", lines[^2]);
        Assert.Contains("Boot failed", lines[^2]);
        Assert.Contains("Ctrl-Q", lines[^1]);
    }
}
