namespace FlexFabricSim.Net.Scsi;

/// <summary>Sense keys (SPC-4 §4.5.6, table 27).</summary>
public enum ScsiSenseKey : byte
{
    /// <summary>No sense.</summary>
    NoSense = 0x0,

    /// <summary>Recovered error.</summary>
    RecoveredError = 0x1,

    /// <summary>Not ready.</summary>
    NotReady = 0x2,

    /// <summary>Medium error.</summary>
    MediumError = 0x3,

    /// <summary>Hardware error.</summary>
    HardwareError = 0x4,

    /// <summary>Illegal request.</summary>
    IllegalRequest = 0x5,

    /// <summary>Unit attention.</summary>
    UnitAttention = 0x6,

    /// <summary>Data protect (write protected).</summary>
    DataProtect = 0x7,

    /// <summary>Aborted command.</summary>
    AbortedCommand = 0xb,
}
