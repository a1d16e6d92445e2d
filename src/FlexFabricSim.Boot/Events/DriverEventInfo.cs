namespace FlexFabricSim.Boot.Events;

/// <summary>A driver event id the boot can report, the stage it comes from, and the lab condition that produces it.</summary>
public sealed record DriverEventInfo(int Id, BootStage Stage, string Condition)
{
    /// <summary>The id as written in logs: <c>evt-N</c>.</summary>
    public BootEventId EventId => BootEventId.Driver(Id);
}
