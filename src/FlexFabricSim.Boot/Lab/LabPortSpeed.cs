namespace FlexFabricSim.Boot.Lab;

/// <summary>The speed a lab switch port runs at.</summary>
public enum LabPortSpeed
{
    /// <summary>1 Gb/s: an SFP+ adapter never gets link on it (T5, G p.26).</summary>
    Gbps1,

    /// <summary>10 Gb/s.</summary>
    Gbps10,
}
