namespace FlexFabricSim.Tui.Navigation;

/// <summary>Where the simulated server is, from power-on to the boot (G p.6, p.18).</summary>
public enum PreBootPhase
{
    /// <summary>The server's power-on lines; keys pressed now wait in the keyboard buffer.</summary>
    PowerOn,

    /// <summary>The boot agent banner and setup prompt, for Banner Message Timeout seconds.</summary>
    Banner,

    /// <summary>The configuration utility (MBA and iSCSI menus).</summary>
    Utility,

    /// <summary>The boot agent boots with the saved configuration; its console shows.</summary>
    Boot,
}
