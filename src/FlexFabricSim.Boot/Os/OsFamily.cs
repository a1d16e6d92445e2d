namespace FlexFabricSim.Boot.Os;

/// <summary>Which software initiator an OS brings for the non-offload path.</summary>
public enum OsFamily
{
    /// <summary>Windows Server: the Microsoft iSCSI Software Initiator.</summary>
    Windows,

    /// <summary>Linux: open-iscsi (with bnx2i and iscsiuio for offload).</summary>
    Linux,
}
