using System.CommandLine;

namespace FlexFabricSim.Cli.Commands.Nvram;

/// <summary><c>flexfabric nvram</c>: create, inspect, change, compare and check firmware images.</summary>
public static class NvramCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create()
    {
        var command = new Command("nvram",
            "Work with firmware images (*.ffimg): the simulated card's NVRAM. Ports and functions are numbered from 0.");
        command.Subcommands.Add(NvramNewCommand.Create());
        command.Subcommands.Add(NvramShowCommand.Create());
        command.Subcommands.Add(NvramSetCommand.Create());
        command.Subcommands.Add(NvramDiffCommand.Create());
        command.Subcommands.Add(NvramCheckCommand.Create());
        return command;
    }
}
