namespace FlexFabricSim.Boot.Os;

/// <summary>Which initrd a Linux install boots: <c>iscsi_setup.sh</c> option 0 makes a non-offload image, option 1 an offload one (G p.14).</summary>
public enum LinuxInitrd
{
    /// <summary>The image that matches HBA Boot Mode, as the guide tells you to pick (G p.14, step 9).</summary>
    MatchingHbaBootMode,

    /// <summary>The non-offload image (option 0).</summary>
    NonOffload,

    /// <summary>The offload image (option 1).</summary>
    Offload,
}
