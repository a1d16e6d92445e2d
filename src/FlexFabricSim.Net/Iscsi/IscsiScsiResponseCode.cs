namespace FlexFabricSim.Net.Iscsi;

/// <summary>The iSCSI Response byte of a SCSI Response PDU (RFC 7143 §11.4.3).</summary>
public enum IscsiScsiResponseCode : byte
{
    /// <summary>Command completed at target: the Status byte is valid.</summary>
    CommandCompleted = 0x00,

    /// <summary>Target failure: the command did not complete.</summary>
    TargetFailure = 0x01,
}
