using System.CommandLine;
using FlexFabricSim.Scenarios.Format;
using FlexFabricSim.Scenarios.Library;
using FlexFabricSim.Scenarios.Loading;

namespace FlexFabricSim.Cli.Commands;

/// <summary>
/// <c>flexfabric scenario list|run|explain</c>: the scenario library (the guide's walk-throughs and troubleshooting
/// entries as runnable files) and lessons. Subcommands live in the partial files beside this one.
/// </summary>
public static partial class ScenarioCommand
{
    private const int Passed = 0;
    private const int Failed = 1;
    private const int Refused = 2;

    private static readonly Option<DirectoryInfo?> DirOption = new("--dir")
    {
        Description = $"The scenario library folder. Default: ${ScenarioLibrary.EnvironmentVariable}, else the first 'scenarios/' holding "
            + $"{ScenarioLibrary.SchemaFileName} above the current directory or the program.",
    };

    /// <summary>Builds the <c>scenario</c> command and its subcommands.</summary>
    public static Command Create()
    {
        var command = new Command("scenario",
            "Scenario files: the guide's set-up walk-throughs and troubleshooting entries (G p.5-11, p.26-28) as runnable, checked "
            + "simulations, and lessons. See scenarios/README.md for the format.");
        command.Subcommands.Add(CreateList());
        command.Subcommands.Add(CreateRun());
        command.Subcommands.Add(CreateExplain());
        return command;
    }

    private static Command CreateList()
    {
        var command = new Command("list", "List the library's scenarios and lessons: name, kind, guide reference and title.") { DirOption };
        command.SetAction(parse =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var folder = LocateLibrary(parse.GetValue(DirOption), stderr);
            if (folder is null)
            {
                return Refused;
            }
            var table = new TextTable("NAME", "KIND", "GUIDE", "TITLE");
            var broken = 0;
            foreach (var file in ScenarioLibrary.Files(folder))
            {
                try
                {
                    var scenario = ScenarioLoader.Load(file);
                    table.Add(DisplayName(folder, file), YamlNames.Of(scenario.Kind), scenario.Guide.ToString(), scenario.Title);
                }
                catch (ScenarioFormatException e)
                {
                    stderr.WriteLine(e.Message);
                    broken++;
                }
            }
            table.WriteTo(stdout);
            return broken == 0 ? Passed : Refused;
        });
        return command;
    }

    /// <summary>The library folder, or null after saying on <paramref name="stderr"/> why there is none.</summary>
    private static string? LocateLibrary(DirectoryInfo? given, TextWriter stderr)
    {
        var folder = ScenarioLibrary.Locate(given?.FullName);
        if (folder is null)
        {
            stderr.WriteLine(given is not null
                ? $"flexfabric scenario: no folder '{given.FullName}'"
                : $"flexfabric scenario: no scenario library found; give --dir or set {ScenarioLibrary.EnvironmentVariable}");
        }
        return folder;
    }

    /// <summary>A file given on the command line, or a library scenario named by its name (<c>t10-boot-lun-255</c>).</summary>
    private static string? ResolveFile(string argument, DirectoryInfo? dir)
    {
        if (File.Exists(argument))
        {
            return argument;
        }
        var folder = ScenarioLibrary.Locate(dir?.FullName);
        if (folder is null || argument.Contains('/') || argument.Contains('\\'))
        {
            return null;
        }
        var name = Path.GetFileNameWithoutExtension(argument);
        return ScenarioLibrary.Files(folder)
            .FirstOrDefault(f => string.Equals(Path.GetFileNameWithoutExtension(f), name, StringComparison.Ordinal));
    }

    /// <summary>A library file's name as listed: its path inside the library without extension (<c>lessons/01-boot-protocol</c>).</summary>
    private static string DisplayName(string folder, string file)
    {
        var relative = Path.GetRelativePath(folder, file);
        return relative.StartsWith("..", StringComparison.Ordinal)
            ? Path.GetFileNameWithoutExtension(file)
            : Path.ChangeExtension(relative, null).Replace(Path.DirectorySeparatorChar, '/');
    }
}
