namespace FlexFabricSim.Device.Nvram;

/// <summary>The card's menu screens (and two pseudo-screens for read-only facts), in the order a user meets them.</summary>
public enum ScreenId
{
    /// <summary>Adapter-wide settings: the Multi-Function mode.</summary>
    Adapter,

    /// <summary>The read-only MAC addresses of a port or function.</summary>
    Addresses,

    /// <summary>Multi-Function (NPAR) configuration: flow control per port, protocols and bandwidth per function.</summary>
    MultiFunction,

    /// <summary>What is programmed in the option ROM (read-only; set when an image is made).</summary>
    Rom,

    /// <summary>MBA Configuration menu (G p.6).</summary>
    Mba,

    /// <summary>iSCSI Boot Configuration, General Parameters (G p.5-6).</summary>
    General,

    /// <summary>iSCSI Boot Configuration, Initiator Parameters (G p.7, 9).</summary>
    Initiator,

    /// <summary>iSCSI Boot Configuration, 1st Target Parameters (G p.7, 9).</summary>
    Target1,

    /// <summary>iSCSI Boot Configuration, 2nd Target Parameters (G p.7, 9).</summary>
    Target2,

    /// <summary>iSCSI Boot Configuration, Secondary Device Parameters (B, D).</summary>
    Secondary,
}
