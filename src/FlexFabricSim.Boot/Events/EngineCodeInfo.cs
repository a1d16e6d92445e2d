namespace FlexFabricSim.Boot.Events;

/// <summary>What an engine code means: its stage, severity, title, the condition that emits it, and the guide section.</summary>
public sealed record EngineCodeInfo(
    EngineCode Code,
    BootStage Stage,
    BootEventSeverity Severity,
    string Title,
    string Condition,
    GuideReference? Guide)
{
    /// <summary>The code as written in logs: <c>ffs-N</c>.</summary>
    public BootEventId Id => BootEventId.Engine(Code);
}
