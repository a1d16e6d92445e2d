namespace FlexFabricSim.Boot.Os;

/// <summary>How the OS hand-off ended.</summary>
public enum OsOutcome
{
    /// <summary>The OS booted from the target.</summary>
    Running,

    /// <summary>The installer runs and offers the target as an installation disk.</summary>
    InstallerRunning,

    /// <summary>A Windows stop error (blue screen).</summary>
    StopError,

    /// <summary>The installer runs but does not offer the target.</summary>
    TargetNotOffered,

    /// <summary>The OS did not come up (missing driver, wrong initrd, unsupported set-up).</summary>
    BootFailure,
}
