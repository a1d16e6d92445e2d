namespace FlexFabricSim.Device.Nvram;

/// <summary>Whether iSCSI boot firmware is programmed in the card's NVRAM (G p.6; T8 p.27).</summary>
public enum IscsiBootFirmware
{
    /// <summary>Programmed: the iSCSI Boot Configuration menu works.</summary>
    Present,

    /// <summary>Not programmed: selecting iSCSI Boot Configuration has no effect.</summary>
    Absent,
}
