namespace FlexFabricSim.Device.Nvram;

/// <summary>Which boot path HBA Boot Mode selects (G p.4, p.18).</summary>
public enum IscsiPath
{
    /// <summary>Software initiator path (Microsoft / open-iscsi initiator); sends from the Ethernet MAC (*unverified*).</summary>
    NonOffload,

    /// <summary>Broadcom offload (HBA) path; sends from the iSCSI MAC (*unverified*).</summary>
    Offload,
}
