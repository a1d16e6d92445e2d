using System.CommandLine;
using FlexFabricSim.Boot.Flow;
using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Cli.Commands;

/// <summary><c>flexfabric graph --format dot|mermaid</c>: the boot flow's state machine as a diagram (style anchor G9).</summary>
public static class GraphCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "dot (Graphviz) or mermaid",
            DefaultValueFactory = _ => "dot",
        }.AcceptOnlyFromAmong("dot", "mermaid");
        var command = new Command("graph", "Print the option ROM's boot flow (states, triggers, guards) as a DOT or Mermaid diagram.")
        {
            format,
        };
        command.SetAction(parseResult =>
        {
            // The graph is the machine's structure; it is the same for every configuration, so a factory one will do.
            var config = AdapterConfiguration.CreateFactory(AdapterModel.Hp534FlrSfp, MacAddress.Parse("00:17:A4:77:00:10"));
            var flow = new BootFlow(EffectiveConfiguration.For(config, NvramAddress.OfPort(0)), new BootJournal(TimeProvider.System));
            var text = parseResult.GetValue(format) == "mermaid" ? BootFlowGraph.Mermaid(flow) : BootFlowGraph.Dot(flow);
            parseResult.InvocationConfiguration.Output.Write(text);
            return 0;
        });
        return command;
    }
}
