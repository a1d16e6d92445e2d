namespace FlexFabricSim.Device.Nvram;

/// <summary>How the option ROM hooks into the BIOS boot (D).</summary>
public enum BootStrapType
{
    /// <summary>BBS when the BIOS supports it, else Int 19h.</summary>
    AutoDetect,

    /// <summary>BIOS Boot Specification entry.</summary>
    Bbs,

    /// <summary>Hook Int 18h.</summary>
    Int18h,

    /// <summary>Hook Int 19h.</summary>
    Int19h,
}
