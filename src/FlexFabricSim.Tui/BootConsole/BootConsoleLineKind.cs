namespace FlexFabricSim.Tui.BootConsole;

/// <summary>How a <see cref="BootConsoleLine"/> is shown.</summary>
public enum BootConsoleLineKind
{
    /// <summary>Ordinary option ROM output.</summary>
    Normal,

    /// <summary>A line the ROM emphasises (product banner, a connection made).</summary>
    Highlight,

    /// <summary>A failure the ROM reports.</summary>
    Error,

    /// <summary>A remark by the simulator itself, not something the card prints; shown dimmed and bracketed.</summary>
    SimulatorNote,
}
