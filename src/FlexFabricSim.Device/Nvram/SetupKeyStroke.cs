namespace FlexFabricSim.Device.Nvram;

/// <summary>The key that opens the MBA Configuration menu from the banner (B).</summary>
public enum SetupKeyStroke
{
    /// <summary>Ctrl-S (the default).</summary>
    CtrlS,

    /// <summary>Ctrl-B; then Ctrl-S does nothing.</summary>
    CtrlB,
}
