namespace FlexFabricSim.Net.Scsi;

/// <summary>The address method in the top two bits of a LUN's first byte (SAM-5 §4.7.2, table 13).</summary>
public enum ScsiLunAddressing : byte
{
    /// <summary>Peripheral device addressing: bus 0 and an 8-bit LUN (0-255).</summary>
    Peripheral = 0,

    /// <summary>Flat space addressing: a 14-bit LUN (0-16383).</summary>
    Flat = 1,

    /// <summary>Logical unit addressing (target, bus, LUN); not used by this simulator's targets.</summary>
    LogicalUnit = 2,

    /// <summary>Extended logical unit addressing; not used by this simulator's targets.</summary>
    Extended = 3,
}
