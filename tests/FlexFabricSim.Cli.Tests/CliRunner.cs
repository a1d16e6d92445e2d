using FlexFabricSim.Cli;

namespace FlexFabricSim.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what it prints.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
    }

    public static Result Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = FlexFabricCommand.Run(args, output, error);
        var result = new Result(exit, output.ToString(), error.ToString());
        // Bad input must never show a stack trace.
        Assert.DoesNotContain("   at ", result.Error);
        return result;
    }

    public static Result Succeeds(params string[] args)
    {
        var result = Run(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }
}
