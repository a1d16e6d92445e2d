using System.CommandLine;
using static System.FormattableString;
using FlexFabricSim.Scenarios.Format;
using FlexFabricSim.Scenarios.Library;
using FlexFabricSim.Scenarios.Loading;
using FlexFabricSim.Scenarios.Running;

namespace FlexFabricSim.Cli.Commands;

// scenario run: run files (or the whole library), print a summary table and every failed expectation.
public static partial class ScenarioCommand
{
    private static Command CreateRun()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Scenario or lesson files, or names of library scenarios (t10-boot-lun-255).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var all = new Option<bool>("--all") { Description = "Run every scenario and lesson in the library." };
        var pcap = new Option<DirectoryInfo?>("--pcap")
        {
            Description = "Write each boot's capture into this folder: NAME.pcapng, or NAME.bootN.pcapng when a scenario boots "
                + "more than once.",
        };
        var command = new Command("run",
            "Run scenarios and check their expectations (lessons run their solution and must score full marks). Prints a table; "
            + "exits 1 naming each failed expectation, 2 for a file that cannot be used.") { files, all, pcap, DirOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var paths = new List<string>();
            var refused = false;
            if (parse.GetValue(all))
            {
                var folder = LocateLibrary(parse.GetValue(DirOption), stderr);
                if (folder is null)
                {
                    return Refused;
                }
                paths.AddRange(ScenarioLibrary.Files(folder));
            }
            foreach (var argument in parse.GetValue(files) ?? [])
            {
                if (ResolveFile(argument, parse.GetValue(DirOption)) is { } path)
                {
                    paths.Add(path);
                }
                else
                {
                    stderr.WriteLine($"flexfabric scenario run: no file or library scenario '{argument}'");
                    refused = true;
                }
            }
            if (paths.Count == 0 && !refused)
            {
                stderr.WriteLine("flexfabric scenario run: give scenario files, or --all for the whole library");
                return Refused;
            }
            var result = await RunAllAsync(paths, parse.GetValue(pcap), stdout, stderr, cancellationToken).ConfigureAwait(false);
            return refused ? Refused : result;
        });
        return command;
    }

    private static async Task<int> RunAllAsync(
        IReadOnlyList<string> paths, DirectoryInfo? pcapFolder, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var runner = ScenarioRunner.WithBootEngine();
        var table = new TextTable("SCENARIO", "KIND", "GUIDE", "BOOTS", "CHECKS", "RESULT");
        var failures = new List<string>();
        var (passed, failed, broken) = (0, 0, 0);
        foreach (var path in paths.Distinct(StringComparer.Ordinal))
        {
            ScenarioFile scenario;
            try
            {
                scenario = ScenarioLoader.Load(path);
            }
            catch (ScenarioFormatException e)
            {
                stderr.WriteLine(e.Message);
                table.Add(Path.GetFileNameWithoutExtension(path), "-", "-", "-", "-", "refused");
                broken++;
                continue;
            }
            var run = await runner.RunAsync(scenario, cancellationToken).ConfigureAwait(false);
            var checks = run.AllExpectations.ToList();
            var score = run.Score is { } s
                ? Invariant($"{s.Met}/{s.Total} points")
                : Invariant($"{checks.Count(c => c.Passed)}/{checks.Count}");
            table.Add(scenario.Name, YamlNames.Of(scenario.Kind), scenario.Guide.ToString(), Invariant($"{run.Boots.Count}"), score,
                run.Passed ? "pass" : "FAIL");
            if (run.Passed)
            {
                passed++;
            }
            else
            {
                failed++;
                failures.AddRange(run.Failures());
            }
            if (pcapFolder is not null && !WriteCaptures(pcapFolder, scenario, run, stderr))
            {
                broken++;
            }
        }
        table.WriteTo(stdout);
        stdout.WriteLine();
        stdout.WriteLine(Invariant($"{passed + failed + broken} scenarios: {passed} passed, {failed} failed")
            + (broken > 0 ? Invariant($", {broken} refused") : ""));
        foreach (var failure in failures)
        {
            stdout.WriteLine($"FAIL {failure}");
        }
        return broken > 0 ? Refused : failed > 0 ? Failed : Passed;
    }

    private static bool WriteCaptures(DirectoryInfo folder, ScenarioFile scenario, ScenarioRun run, TextWriter stderr)
    {
        try
        {
            Directory.CreateDirectory(folder.FullName);
            var boots = run.Boots;
            for (var i = 0; i < boots.Count; i++)
            {
                var name = boots.Count == 1 ? $"{scenario.Name}.pcapng" : Invariant($"{scenario.Name}.boot{i + 1}.pcapng");
                WriteAtomically(Path.Combine(folder.FullName, name), boots[i].Pcapng);
            }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"flexfabric scenario run: cannot write captures for {scenario.Name}: {e.Message}");
            return false;
        }
    }

    /// <summary>Writes through a temporary file in the same folder, so a reader never sees half a capture.</summary>
    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }
}
