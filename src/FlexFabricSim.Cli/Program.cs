namespace FlexFabricSim.Cli;

/// <summary>Entry point of the <c>flexfabric</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static int Main(string[] args) => FlexFabricCommand.Run(args, Console.Out, Console.Error);
}
