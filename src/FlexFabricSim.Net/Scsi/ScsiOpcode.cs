namespace FlexFabricSim.Net.Scsi;

/// <summary>Operation codes of the SCSI commands the simulator's initiator sends and its target serves (SPC-4, SBC-3).</summary>
public enum ScsiOpcode : byte
{
    /// <summary>TEST UNIT READY (SPC-4 §6.47).</summary>
    TestUnitReady = 0x00,

    /// <summary>REQUEST SENSE (SPC-4 §6.39).</summary>
    RequestSense = 0x03,

    /// <summary>INQUIRY (SPC-4 §6.6).</summary>
    Inquiry = 0x12,

    /// <summary>MODE SENSE(6) (SPC-4 §6.11).</summary>
    ModeSense6 = 0x1a,

    /// <summary>START STOP UNIT (SBC-3 §5.25).</summary>
    StartStopUnit = 0x1b,

    /// <summary>READ CAPACITY(10) (SBC-3 §5.15).</summary>
    ReadCapacity10 = 0x25,

    /// <summary>READ(10) (SBC-3 §5.11).</summary>
    Read10 = 0x28,

    /// <summary>WRITE(10) (SBC-3 §5.32).</summary>
    Write10 = 0x2a,

    /// <summary>VERIFY(10) (SBC-3 §5.29).</summary>
    Verify10 = 0x2f,

    /// <summary>SYNCHRONIZE CACHE(10) (SBC-3 §5.22).</summary>
    SynchronizeCache10 = 0x35,

    /// <summary>READ(16) (SBC-3 §5.13).</summary>
    Read16 = 0x88,

    /// <summary>WRITE(16) (SBC-3 §5.34).</summary>
    Write16 = 0x8a,

    /// <summary>SYNCHRONIZE CACHE(16) (SBC-3 §5.23).</summary>
    SynchronizeCache16 = 0x91,

    /// <summary>SERVICE ACTION IN(16): READ CAPACITY(16) is service action 0x10 (SBC-3 §5.16).</summary>
    ServiceActionIn16 = 0x9e,

    /// <summary>REPORT LUNS (SPC-4 §6.33).</summary>
    ReportLuns = 0xa0,
}
