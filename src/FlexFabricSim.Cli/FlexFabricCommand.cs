using System.CommandLine;

namespace FlexFabricSim.Cli;

/// <summary>The root of the <c>flexfabric</c> command tree; each subcommand lives in its own file under <c>Commands/</c>.</summary>
public static class FlexFabricCommand
{
    /// <summary>Parses and runs <paramref name="args"/>, writing data to <paramref name="stdout"/> and errors to <paramref name="stderr"/>.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = Build();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // Bad input on the command line is a refusal like any other: exit 2, say why, never a trace.
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }
            stderr.WriteLine($"Run '{string.Join(' ', ["flexfabric", .. CommandPath(parsed.CommandResult)])} --help' for usage.");
            return 2;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static IEnumerable<string> CommandPath(System.CommandLine.Parsing.CommandResult? result)
    {
        var names = new Stack<string>();
        for (var r = result; r is not null && r.Command is not RootCommand; r = r.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Push(r.Command.Name);
        }
        return names;
    }

    /// <summary>Builds the whole command tree.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand("FlexFabricSim: a pre-boot simulator of HP FlexFabric 534-series / CN1100R iSCSI boot adapters.");
        root.Subcommands.Add(Commands.ModelsCommand.Create());
        root.Subcommands.Add(Commands.Nvram.NvramCommand.Create());
        root.Subcommands.Add(Commands.TargetCommand.Create());
        root.Subcommands.Add(Commands.IscsiCommand.Create());
        root.Subcommands.Add(Commands.NetCommand.Create());
        root.Subcommands.Add(Commands.Dhcp.DhcpCommand.Create());
        root.Subcommands.Add(Commands.MenuCommand.Create());
        root.Subcommands.Add(Commands.BootCommand.Create());
        root.Subcommands.Add(Commands.GraphCommand.Create());
        root.Subcommands.Add(Commands.ScenarioCommand.Create());
        root.Subcommands.Add(Commands.TrainCommand.Create());
        Commands.MenuCommand.MakeDefault(root);
        return root;
    }
}
