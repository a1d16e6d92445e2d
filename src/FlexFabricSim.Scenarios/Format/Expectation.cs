namespace FlexFabricSim.Scenarios.Format;

/// <summary>
/// Something that must hold after a step, or at the end of a scenario, or for a lesson's objective: a boot outcome,
/// stage, event, console or screen text, iBFT field, NVRAM value. Each variant is one key of an <c>expect:</c> block.
/// </summary>
public abstract record Expectation
{
    private protected Expectation()
    {
    }

    /// <summary>Where it was written.</summary>
    public required SourceLocation Location { get; init; }

    /// <summary>The key it is written under (<c>outcome</c>, <c>nvram</c>...).</summary>
    public abstract string Key { get; }

    /// <summary>Whether it is about a boot (so a boot must have run before it is checked).</summary>
    public virtual bool NeedsBoot => true;

    /// <summary>What is expected, in words (<c>outcome failed</c>).</summary>
    public abstract string Describe();
}
