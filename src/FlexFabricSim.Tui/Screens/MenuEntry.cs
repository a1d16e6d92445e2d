namespace FlexFabricSim.Tui.Screens;

/// <summary>What choosing a menu entry (a row without a value) does.</summary>
public abstract record MenuEntry
{
    private protected MenuEntry()
    {
    }

    /// <summary>Opens another screen on top of this one; ESC comes back.</summary>
    public sealed record Open(ScreenRef Screen) : MenuEntry;

    /// <summary>Saves the configuration and leaves the iSCSI Boot Configuration menu (G p.7, step 9).</summary>
    public sealed record ExitAndSave : MenuEntry;
}
