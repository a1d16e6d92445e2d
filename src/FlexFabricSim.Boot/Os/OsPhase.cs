namespace FlexFabricSim.Boot.Os;

/// <summary>Whether the OS boots from the target or its installer runs from the next boot device with the target published.</summary>
public enum OsPhase
{
    /// <summary>Boot to iSCSI Target Enabled: the OS boots from the LUN.</summary>
    Boot,

    /// <summary>Boot to iSCSI Target Disabled: the ROM returns to the BIOS, the install DVD runs and looks for the target (G p.11, step 9).</summary>
    Install,
}
