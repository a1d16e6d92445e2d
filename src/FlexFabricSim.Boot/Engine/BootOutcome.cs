namespace FlexFabricSim.Boot.Engine;

/// <summary>How a boot ended.</summary>
public enum BootOutcome
{
    /// <summary>The OS booted from the target.</summary>
    OsRunning,

    /// <summary>Boot to iSCSI Target was not Enabled: the installer runs and offers the target.</summary>
    InstallerRunning,

    /// <summary>The ROM handed off (no OS was simulated).</summary>
    HandedOff,

    /// <summary>The boot failed: see the failing stage, event id and guide reference.</summary>
    Failed,
}
