namespace FlexFabricSim.Boot.Events;

/// <summary>What kind of entry a <see cref="BootEvent"/> is.</summary>
public enum BootEventKind
{
    /// <summary>A step of the boot: something the ROM did or decided.</summary>
    Step,

    /// <summary>A state transition of the boot flow (style anchor G15).</summary>
    Transition,

    /// <summary>A trigger the flow ignored in its current state (a stray answer, a late timer).</summary>
    Ignored,
}
