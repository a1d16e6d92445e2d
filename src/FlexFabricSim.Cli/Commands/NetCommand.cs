using System.CommandLine;

namespace FlexFabricSim.Cli.Commands;

/// <summary><c>flexfabric net</c>: the adapter's own network stack, outside the boot flow.</summary>
public static class NetCommand
{
    /// <summary>Builds <c>net</c> and its subcommands.</summary>
    public static Command Create()
    {
        var net = new Command("net", "The adapter's own TCP/IP stack, run on its own.");
        net.Subcommands.Add(NetHostCommand.Create());
        return net;
    }
}
