namespace FlexFabricSim.Boot.Events;

/// <summary>How much an event matters to the boot.</summary>
public enum BootEventSeverity
{
    /// <summary>A step that went as it should.</summary>
    Information,

    /// <summary>Something the boot survived but a user should know (a retry, a vendor class that did not match).</summary>
    Warning,

    /// <summary>The failure that ended a stage.</summary>
    Error,
}
