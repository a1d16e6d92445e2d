using System.CommandLine;
using FlexFabricSim.Scenarios.Explaining;
using FlexFabricSim.Scenarios.Loading;
using FlexFabricSim.Scenarios.Running;

namespace FlexFabricSim.Cli.Commands;

// scenario explain: run one scenario and tell what happened, step by step, with the guide's section and action.
public static partial class ScenarioCommand
{
    private static Command CreateExplain()
    {
        var file = new Argument<string>("FILE") { Description = "A scenario or lesson file, or the name of a library scenario." };
        var command = new Command("explain",
            "Run one scenario and explain it step by step: the set-up, what each step did (the boot's events and console), "
            + "each expectation, and what the guide says and tells you to do (e.g. T10: set the boot LUN within 0-254).")
        {
            file, DirOption,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (stdout, stderr) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
            var argument = parse.GetValue(file)!;
            if (ResolveFile(argument, parse.GetValue(DirOption)) is not { } path)
            {
                stderr.WriteLine($"flexfabric scenario explain: no file or library scenario '{argument}'");
                return Refused;
            }
            try
            {
                var scenario = ScenarioLoader.Load(path);
                var run = await ScenarioRunner.WithBootEngine().RunAsync(scenario, cancellationToken).ConfigureAwait(false);
                stdout.Write(ScenarioExplainer.Explain(run));
                return run.Passed ? Passed : Failed;
            }
            catch (ScenarioFormatException e)
            {
                stderr.WriteLine(e.Message);
                return Refused;
            }
        });
        return command;
    }
}
