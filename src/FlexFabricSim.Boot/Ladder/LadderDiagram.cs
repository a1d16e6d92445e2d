namespace FlexFabricSim.Boot.Ladder;

/// <summary>A neutral ladder (flow graph): the columns (initiator, DHCP server, targets) and the messages between them, in order.</summary>
public sealed record LadderDiagram(IReadOnlyList<string> Columns, IReadOnlyList<LadderMessage> Messages)
{
    /// <summary>An empty diagram with no columns.</summary>
    public static LadderDiagram Empty { get; } = new([], []);
}
