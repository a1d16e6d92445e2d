namespace FlexFabricSim.Boot.Events;

/// <summary>Who defines an event id: the guide's offload driver event table, or this simulator's own stage codes.</summary>
public enum BootEventSource
{
    /// <summary>An id of the offload iSCSI driver's event log (G p.30-33, <c>event-log.tsv</c>, 1-72).</summary>
    Driver,

    /// <summary>A stage code of the simulated boot engine, for stages the driver table does not cover (<see cref="EngineCode"/>).</summary>
    Engine,
}
