namespace FlexFabricSim.Device.Nvram;

/// <summary>Whether the ROM boots from the target after logging in (B, D).</summary>
public enum BootToTarget
{
    /// <summary>Log in and boot from the target.</summary>
    Enabled,

    /// <summary>Log in, then hand control back to the BIOS (e.g. to run an install DVD).</summary>
    Disabled,

    /// <summary>Like Disabled for one boot; then the card sets itself back to Enabled.</summary>
    OneTimeDisabled,
}
