namespace FlexFabricSim.Device.Nvram;

/// <summary>Whether the card runs one function per port or NPAR's up to four (SPEC "Multi-Function").</summary>
public enum MultiFunctionMode
{
    /// <summary>One function per port.</summary>
    SingleFunction,

    /// <summary>Multi-Function (NPAR): up to four functions per port; HBA Boot Mode is locked (G p.6).</summary>
    MultiFunction,
}
