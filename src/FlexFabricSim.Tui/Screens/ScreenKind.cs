namespace FlexFabricSim.Tui.Screens;

/// <summary>The configuration utility's screens, each rendered by the one generic form view.</summary>
public enum ScreenKind
{
    /// <summary>Port (or port/function) selection, shown when the card has more than one.</summary>
    DeviceList,

    /// <summary>MBA Configuration menu (G p.6).</summary>
    MbaMenu,

    /// <summary>iSCSI Boot Configuration main menu (G p.7).</summary>
    IscsiMain,

    /// <summary>General Parameters (G p.5-6).</summary>
    General,

    /// <summary>Initiator Parameters (G p.7, 9).</summary>
    Initiator,

    /// <summary>1st Target Parameters (G p.7, 9).</summary>
    Target1,

    /// <summary>2nd Target Parameters (G p.7, 9).</summary>
    Target2,

    /// <summary>Secondary Device Parameters (B, D).</summary>
    Secondary,

    /// <summary>Multi-Function configuration of a port: the mode, flow control, option ROM facts (B, D).</summary>
    MultiFunction,

    /// <summary>Multi-Function settings of one function: protocols, bandwidth, addresses (B, D).</summary>
    Function,
}
