using System.CommandLine;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Scenarios.Explaining;
using FlexFabricSim.Scenarios.Format;
using FlexFabricSim.Scenarios.Lessons;
using FlexFabricSim.Scenarios.Library;
using FlexFabricSim.Scenarios.Loading;
using FlexFabricSim.Scenarios.Running;
using FlexFabricSim.Tui.Headless;
using FlexFabricSim.Tui.Interactive;
using FlexFabricSim.Tui.Navigation;

namespace FlexFabricSim.Cli.Commands;

/// <summary>
/// <c>flexfabric train LESSON</c>: shows the lesson's objective, powers the lesson's adapter on in the menus for the trainee,
/// boots what was saved in the lesson's lab, and prints a score naming each unmet point and the guide page to read.
/// </summary>
public static class TrainCommand
{
    private const int FullMarks = 0;
    private const int NotYet = 1;
    private const int Refused = 2;

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var lesson = new Argument<string>("LESSON") { Description = "A lesson file (scenarios/lessons/), or a lesson's name." };
        var keys = new Option<string?>("--keys")
        {
            Description = "Play the trainee's keys headless instead of using the terminal (as 'menu --keys'). " + KeyScript.SyntaxHelp,
        };
        var solution = new Option<bool>("--solution") { Description = "Print the lesson's worked solution (its keys) and exit." };
        var dir = new Option<DirectoryInfo?>("--dir") { Description = "The scenario library folder, to find a lesson by name." };
        var command = new Command("train",
            "Train on a lesson: read the objective, press Enter, configure the card in its menus (Ctrl-S at the banner; F4 or "
            + "Exit and Save Configuration saves), let it boot, then Ctrl-Q. The score lists each point missed, with a hint "
            + "and the guide page to read. Exit 0 for full marks, 1 otherwise.") { lesson, keys, solution, dir };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var file = Resolve(parse.GetValue(lesson)!, parse.GetValue(dir));
            if (file is null)
            {
                stderr.WriteLine($"flexfabric train: no lesson file or library lesson '{parse.GetValue(lesson)}'");
                return Refused;
            }
            ScenarioFile loaded;
            KeyScript? script;
            try
            {
                loaded = ScenarioLoader.Load(file);
                script = parse.GetValue(keys) is { } text ? KeyScript.Parse(text) : null;
            }
            catch (ScenarioFormatException e)
            {
                stderr.WriteLine(e.Message);
                return Refused;
            }
            catch (KeyScriptException e)
            {
                stderr.WriteLine($"flexfabric train: --keys: {e.Message}");
                return Refused;
            }
            if (loaded.Objective is null)
            {
                stderr.WriteLine($"flexfabric train: {file} is a scenario, not a lesson (it has no objective); try 'scenario explain'");
                return Refused;
            }
            if (parse.GetValue(solution))
            {
                stdout.WriteLine(loaded.Solution!.Format());
                return FullMarks;
            }
            WriteObjective(stdout, loaded);
            if (script is not null)
            {
                var run = await ScenarioRunner.WithBootEngine().PlayLessonAsync(loaded, script, cancellationToken).ConfigureAwait(false);
                var boot = run.Boots.LastOrDefault() is { } last ? ExpectationEvaluator.DescribeOutcome(last) : null;
                return Report(stdout, boot, run.Score!);
            }
            if (!MenuApplication.HasTerminal)
            {
                stderr.WriteLine("flexfabric train: the menus need a terminal; to play keys without one, use --keys");
                return Refused;
            }
            stdout.WriteLine("Press Enter to power the server on. The objective stays on screen below or beside the card when the "
                + "terminal is larger than 80x25; Ctrl-Q ends the lesson and shows your score.");
            stdout.Flush();
            Console.In.ReadLine();
            return await TrainInteractivelyAsync(loaded, stdout, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> TrainInteractivelyAsync(ScenarioFile lesson, TextWriter stdout, CancellationToken cancellationToken)
    {
        var store = new MemoryConfigurationStore("the lesson's adapter (kept until you quit)");
        LessonBootConsole? console = null;
        TrainingApplication.Run(lesson, store, time => console = new LessonBootConsole(lesson, time));
        var saved = store.Saved ?? lesson.Adapter.Configuration;
        // Score the boot the trainee watched when it booted what is now saved; otherwise boot the saved NVRAM now.
        var watched = console?.LastBoot is { } last && last.Configuration.Equals(saved) ? last.Result : null;
        var score = await ScenarioRunner.WithBootEngine().ScoreAsync(lesson, saved, watched, cancellationToken).ConfigureAwait(false);
        var changes = NvramChange.Between(lesson.Adapter.Configuration, saved, lesson.Adapter.At);
        stdout.WriteLine(changes.Count == 0 ? "You saved no change to NVRAM." : $"You saved: {string.Join("; ", changes)}");
        return Report(stdout, null, score);
    }

    private static void WriteObjective(TextWriter stdout, ScenarioFile lesson)
    {
        stdout.WriteLine($"Lesson: {lesson.Title} (guide {lesson.Guide})");
        stdout.WriteLine($"Adapter: {lesson.Adapter.Configuration.ModelInfo.DisplayName}, boots from {lesson.Adapter.At}");
        stdout.WriteLine("Objective:");
        foreach (var line in ScenarioExplainer.Wrap(lesson.Objective!.Text, 96))
        {
            stdout.WriteLine($"  {line}");
        }
        stdout.WriteLine();
    }

    private static int Report(TextWriter stdout, string? boot, LessonScore score)
    {
        if (boot is not null)
        {
            stdout.WriteLine($"Boot: {boot}");
        }
        stdout.Write(score.Report());
        return score.IsFullMarks ? FullMarks : NotYet;
    }

    private static string? Resolve(string argument, DirectoryInfo? dir)
    {
        if (File.Exists(argument))
        {
            return argument;
        }
        if (ScenarioLibrary.Locate(dir?.FullName) is not { } folder || argument.Contains('/'))
        {
            return null;
        }
        var name = Path.GetFileNameWithoutExtension(argument);
        return ScenarioLibrary.Files(folder).FirstOrDefault(f => Path.GetFileNameWithoutExtension(f) == name);
    }
}
