namespace FlexFabricSim.Boot.Os;

/// <summary>The two iSCSI boot paths HBA Boot Mode chooses between (G p.4).</summary>
public enum BootPath
{
    /// <summary>HBA Boot Mode Disabled: the OS's software initiator over the NDIS / L2 driver (Microsoft initiator, open-iscsi).</summary>
    NonOffload,

    /// <summary>HBA Boot Mode Enabled: Broadcom's offload iSCSI driver (BXOIS on Windows, bnx2i on Linux).</summary>
    Offload,
}
