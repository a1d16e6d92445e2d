using FlexFabricSim.Boot.Flow;
using FlexFabricSim.Boot.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FlexFabricSim.Boot.Tests.Flow;

/// <summary>The boot flow's picture is exported from the machine itself (style anchor G9), so it cannot drift.</summary>
public sealed class BootFlowGraphTests
{
    private static BootFlow NewFlow() => new(Configs.Effective(Configs.Iscsi()), new BootJournal(new FakeTimeProvider()));

    [Fact]
    public void DotGraphIsExportedToDocs()
    {
        var dot = BootFlowGraph.Dot(NewFlow());
        Assert.StartsWith("digraph {", dot.TrimStart());
        DocsFile.Export("boot-flow.dot", dot);
    }

    [Fact]
    public void MermaidGraphIsExportedToDocs()
    {
        var mermaid = BootFlowGraph.Mermaid(NewFlow());
        Assert.StartsWith("stateDiagram-v2", mermaid.TrimStart());
        DocsFile.Export("boot-flow.mmd", mermaid);
    }

    [Fact]
    public void EveryStateAndGuardAppearsInTheGraph()
    {
        var dot = BootFlowGraph.Dot(NewFlow());
        foreach (var state in Enum.GetValues<BootState>())
        {
            Assert.Contains(state.ToString(), dot, StringComparison.Ordinal);
        }
        var info = NewFlow().GetInfo();
        var guards = info.States.SelectMany(s => s.FixedTransitions).SelectMany(t => t.GuardConditionsMethodDescriptions).ToList();
        Assert.NotEmpty(guards);
        Assert.All(guards, g => Assert.NotEqual("Function", g.Description));
    }

    [Fact]
    public void GraphDoesNotDependOnTheConfiguration()
    {
        var other = new BootFlow(Configs.Effective(Configs.Make(Device.Catalog.AdapterModel.Hp534M, false)),
            new BootJournal(new FakeTimeProvider()));
        Assert.Equal(BootFlowGraph.Dot(NewFlow()), BootFlowGraph.Dot(other));
    }
}
