using Stateless.Graph;

namespace FlexFabricSim.Boot.Flow;

/// <summary>Draws the boot flow's structure (style anchor G9): DOT for Graphviz, Mermaid for Markdown.</summary>
public static class BootFlowGraph
{
    /// <summary>The flow as a Graphviz DOT digraph.</summary>
    public static string Dot(BootFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        return UmlDotGraph.Format(flow.GetInfo());
    }

    /// <summary>The flow as a Mermaid state diagram.</summary>
    public static string Mermaid(BootFlow flow)
    {
        ArgumentNullException.ThrowIfNull(flow);
        return MermaidGraph.Format(flow.GetInfo());
    }
}
