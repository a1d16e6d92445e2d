namespace FlexFabricSim.Boot.Flow;

/// <summary>What moves the boot flow on: the outcome of the step the engine ran for the current state.</summary>
public enum BootTrigger
{
    /// <summary>Power on.</summary>
    PowerOn,

    /// <summary>The setup prompt window passed without the setup key.</summary>
    BannerElapsed,

    /// <summary>The link came up (payload: <see cref="LinkReport"/>).</summary>
    LinkUp,

    /// <summary>No link within the link wait (payload: the link's reason).</summary>
    NoLink,

    /// <summary>Link Up Delay Time passed.</summary>
    DelayElapsed,

    /// <summary>An address (and the targets) are known (payload: <see cref="AddressReport"/>).</summary>
    AddressConfigured,

    /// <summary>No address could be configured (payload: <see cref="StepFailure"/>).</summary>
    AddressingFailed,

    /// <summary>The login reached full feature phase (payload: <see cref="LoginReport"/>).</summary>
    LoginSucceeded,

    /// <summary>The login failed (payload: <see cref="StepFailure"/>).</summary>
    LoginFailed,

    /// <summary>The boot LUN answered BUSY.</summary>
    LunBusy,

    /// <summary>The boot LUN is attached and bootable (payload: <see cref="AttachReport"/>).</summary>
    LunAttached,

    /// <summary>The attach failed (payload: <see cref="StepFailure"/>).</summary>
    AttachFailed,

    /// <summary>Internal: leave <see cref="BootState.TargetFailed"/> for what comes next.</summary>
    NextTarget,

    /// <summary>The iBFT was published.</summary>
    IbftPublished,

    /// <summary>The OS (or installer) took over (payload: the hand-off result, or null when no OS is simulated).</summary>
    HandedOff,

    /// <summary>The request's simulated time limit was reached.</summary>
    TimeLimitReached,
}
