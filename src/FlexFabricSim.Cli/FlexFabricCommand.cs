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
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>Builds the whole command tree.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand("FlexFabricSim: a pre-boot simulator of HP FlexFabric 534-series / CN1100R iSCSI boot adapters.");
        root.Subcommands.Add(Commands.ModelsCommand.Create());
        root.Subcommands.Add(Commands.Nvram.NvramCommand.Create());
        root.Subcommands.Add(Commands.MenuCommand.Create());
        Commands.MenuCommand.MakeDefault(root);
        return root;
    }
}
