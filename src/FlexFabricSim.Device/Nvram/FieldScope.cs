namespace FlexFabricSim.Device.Nvram;

/// <summary>At which level a field is stored.</summary>
public enum FieldScope
{
    /// <summary>Once for the whole card.</summary>
    Adapter,

    /// <summary>Once per physical port, shared by the port's functions.</summary>
    Port,

    /// <summary>Once per function (per port in single-function mode, where only function 0 is addressable).</summary>
    Function,
}
