namespace FlexFabricSim.Tui.Screens;

/// <summary>The key-help lines at the bottom of the screens: the card's keys, nothing else.</summary>
public static class KeyHelp
{
    /// <summary>A screen of fields at the MBA level, where F4 saves (G p.6, p.8 step 10).</summary>
    public const string MbaFields = "↑↓ Select  ←→ Change value  Enter Edit  F4 Save  ESC Exit";

    /// <summary>The Multi-Function screens, reached from the MBA menu, where F4 saves too.</summary>
    public const string MultiFunctionFields = "↑↓ Select  ←→ Change value  Enter Edit  F4 Save  ESC Back";

    /// <summary>A screen of fields inside the iSCSI Boot Configuration (G p.7).</summary>
    public const string Fields = "↑↓ Select  ←→ Change value  Enter Edit  ESC Back to main menu";

    /// <summary>A menu of entries only.</summary>
    public const string Menu = "↑↓ Select  Enter Open  ESC Exit";

    /// <summary>The device list.</summary>
    public const string DeviceList = "↑↓ Select device  Enter Configure  ESC Exit utility";

    /// <summary>While a value is being typed.</summary>
    public const string Typing = "Type the value  ←→ Move  Backspace Delete  Enter Accept  ESC Cancel";
}
