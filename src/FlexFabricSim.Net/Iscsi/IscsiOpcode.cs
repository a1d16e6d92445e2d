namespace FlexFabricSim.Net.Iscsi;

/// <summary>The six-bit opcode in byte 0 of every iSCSI Basic Header Segment (RFC 7143 §11.2.1.2).</summary>
public enum IscsiOpcode : byte
{
    /// <summary>NOP-Out: initiator ping or reply to a NOP-In (§11.18).</summary>
    NopOut = 0x00,

    /// <summary>SCSI Command (§11.3).</summary>
    ScsiCommand = 0x01,

    /// <summary>SCSI Task Management Function Request (§11.5).</summary>
    TaskManagementRequest = 0x02,

    /// <summary>Login Request (§11.12).</summary>
    LoginRequest = 0x03,

    /// <summary>Text Request (§11.10).</summary>
    TextRequest = 0x04,

    /// <summary>SCSI Data-Out, for WRITE data (§11.7).</summary>
    DataOut = 0x05,

    /// <summary>Logout Request (§11.14).</summary>
    LogoutRequest = 0x06,

    /// <summary>SNACK Request (§11.16).</summary>
    SnackRequest = 0x10,

    /// <summary>NOP-In: target ping or reply to a NOP-Out (§11.19).</summary>
    NopIn = 0x20,

    /// <summary>SCSI Response (§11.4).</summary>
    ScsiResponse = 0x21,

    /// <summary>SCSI Task Management Function Response (§11.6).</summary>
    TaskManagementResponse = 0x22,

    /// <summary>Login Response (§11.13).</summary>
    LoginResponse = 0x23,

    /// <summary>Text Response (§11.11).</summary>
    TextResponse = 0x24,

    /// <summary>SCSI Data-In, for READ data (§11.7).</summary>
    DataIn = 0x25,

    /// <summary>Logout Response (§11.15).</summary>
    LogoutResponse = 0x26,

    /// <summary>Ready To Transfer: the target asks for WRITE data (§11.8).</summary>
    ReadyToTransfer = 0x31,

    /// <summary>Asynchronous Message (§11.9).</summary>
    AsyncMessage = 0x32,

    /// <summary>Reject (§11.17).</summary>
    Reject = 0x3f,
}
