namespace FlexFabricSim.Device.Nvram;

/// <summary>What the boot agent runs (MBA Boot Protocol, G p.6).</summary>
public enum BootProtocol
{
    /// <summary>PXE network boot.</summary>
    Pxe,

    /// <summary>iSCSI boot.</summary>
    Iscsi,

    /// <summary>FCoE boot.</summary>
    Fcoe,

    /// <summary>No network boot.</summary>
    None,
}
