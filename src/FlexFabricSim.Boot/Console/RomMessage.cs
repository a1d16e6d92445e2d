namespace FlexFabricSim.Boot.Console;

/// <summary>The lines the option ROM can print; <see cref="RomWording"/> holds the card's words for each.</summary>
public enum RomMessage
{
    /// <summary>Product line of the MBA banner with its version.</summary>
    BannerProduct,

    /// <summary>Copyright line of the MBA banner.</summary>
    BannerCopyright,

    /// <summary>The setup prompt, naming the setup key.</summary>
    SetupPrompt,

    /// <summary>The iSCSI boot code's sign-on line with its version.</summary>
    IscsiSignOn,

    /// <summary>Boot Protocol is not iSCSI.</summary>
    ProtocolNotIscsi,

    /// <summary>iSCSI boot firmware missing.</summary>
    FirmwareAbsent,

    /// <summary>Waiting for the link.</summary>
    LinkWaiting,

    /// <summary>Link up at a speed.</summary>
    LinkUp,

    /// <summary>No link.</summary>
    NoLink,

    /// <summary>Link Up Delay Time wait.</summary>
    LinkUpDelay,

    /// <summary>Static IPv4 address in use.</summary>
    StaticIpv4,

    /// <summary>Static IPv6 address in use.</summary>
    StaticIpv6,

    /// <summary>DHCPv4 started.</summary>
    Dhcp4Start,

    /// <summary>DHCPv4 lease.</summary>
    Dhcp4Lease,

    /// <summary>DHCPv4 failed.</summary>
    Dhcp4Failed,

    /// <summary>IPv6 autoconfiguration started.</summary>
    Ipv6Autoconfig,

    /// <summary>No router advertisement.</summary>
    NoRouterAdvertisement,

    /// <summary>IPv6 address configured.</summary>
    Ipv6Address,

    /// <summary>DHCPv6 started.</summary>
    Dhcp6Start,

    /// <summary>DHCPv6 failed.</summary>
    Dhcp6Failed,

    /// <summary>No iSCSI target information from DHCP.</summary>
    DhcpNoTarget,

    /// <summary>A root path could not be read.</summary>
    RootPathInvalid,

    /// <summary>No target configured.</summary>
    NoTarget,

    /// <summary>Connecting to a target.</summary>
    Connecting,

    /// <summary>Login succeeded.</summary>
    LoginOk,

    /// <summary>Login failed with a reason.</summary>
    LoginFailed,

    /// <summary>Retrying the login.</summary>
    LoginRetry,

    /// <summary>Boot LUN busy, retrying.</summary>
    LunBusy,

    /// <summary>Boot LUN attached with its identity and size.</summary>
    LunAttached,

    /// <summary>Boot LUN not reported.</summary>
    LunNotFound,

    /// <summary>No boot signature on the LUN.</summary>
    NoBootSignature,

    /// <summary>A SCSI command failed.</summary>
    ScsiError,

    /// <summary>Boot failed: the ROM gives up.</summary>
    BootFailed,

    /// <summary>Booting from the target.</summary>
    Booting,

    /// <summary>Control handed back to the BIOS.</summary>
    ReturnToBios,
}
