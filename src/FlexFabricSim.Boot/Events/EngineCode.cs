namespace FlexFabricSim.Boot.Events;

/// <summary>
/// The boot engine's own event codes (written <c>ffs-N</c>), for stages and outcomes the offload driver's event table does
/// not cover. The value is the code; hundreds group by stage. <see cref="EngineCodeCatalog"/> says when each is emitted.
/// </summary>
public enum EngineCode
{
    /// <summary>Option ROM disabled: the boot agent does not run.</summary>
    OptionRomDisabled = 100,

    /// <summary>Boot Protocol is not iSCSI: the iSCSI boot is not attempted.</summary>
    BootProtocolNotIscsi = 101,

    /// <summary>iSCSI boot firmware is not programmed on the card.</summary>
    IscsiFirmwareAbsent = 102,

    /// <summary>In Multi-Function mode, iSCSI is not enabled on the booting function.</summary>
    IscsiNotEnabledOnFunction = 103,

    /// <summary>No Ethernet link came up.</summary>
    NoLink = 110,

    /// <summary>The Ethernet link came up.</summary>
    LinkUp = 111,

    /// <summary>A static address from the Initiator Parameters screen was configured.</summary>
    StaticAddress = 120,

    /// <summary>A DHCPv4 lease was obtained.</summary>
    Dhcp4Leased = 121,

    /// <summary>No DHCPv4 server answered.</summary>
    Dhcp4NoOffer = 122,

    /// <summary>The offer's vendor class did not match DHCP Vendor ID, so its vendor options were ignored.</summary>
    VendorClassMismatch = 123,

    /// <summary>iSCSI parameters via DHCP, but DHCP gave no usable target.</summary>
    DhcpNoTarget = 124,

    /// <summary>DNS servers were replaced by DHCP's, or zeroed when DHCP sent none.</summary>
    DnsOverwritten = 125,

    /// <summary>A root path from DHCP could not be read.</summary>
    RootPathInvalid = 126,

    /// <summary>A static address is needed but the Initiator Parameters IP Address is unset.</summary>
    NoStaticAddress = 127,

    /// <summary>No router answered the router solicitations.</summary>
    RouterSolicitationUnanswered = 130,

    /// <summary>An IPv6 address was configured.</summary>
    Ipv6Configured = 131,

    /// <summary>No DHCPv6 server answered.</summary>
    Dhcp6NoReply = 132,

    /// <summary>No target is configured to connect to.</summary>
    NoTargetConfigured = 140,

    /// <summary>The iSCSI login succeeded.</summary>
    LoginSucceeded = 141,

    /// <summary>A failed login is retried (Boot Retry Count).</summary>
    LoginRetry = 142,

    /// <summary>The first target failed; the second is tried.</summary>
    SecondTarget = 143,

    /// <summary>No configured target could be logged in to.</summary>
    AllTargetsFailed = 144,

    /// <summary>The boot LUN was busy; the connection is retried (LUN Busy Retry Count).</summary>
    LunBusyRetry = 145,

    /// <summary>The boot LUN stayed busy after every retry.</summary>
    LunBusyExhausted = 146,

    /// <summary>An iSCSI failure the initiator could not match to a driver event id.</summary>
    IscsiError = 147,

    /// <summary>The boot LUN was attached and its boot sector read.</summary>
    LunAttached = 150,

    /// <summary>The target does not report the boot LUN.</summary>
    BootLunNotFound = 151,

    /// <summary>Sector 0 of the boot LUN has no MBR or GPT signature.</summary>
    NoBootSignature = 152,

    /// <summary>A SCSI command of the attach failed.</summary>
    ScsiCommandFailed = 153,

    /// <summary>The iBFT was published.</summary>
    IbftPublished = 160,

    /// <summary>Boot to iSCSI Target is disabled: control goes back to the BIOS and the next boot device.</summary>
    ControlReturnedToBios = 161,

    /// <summary>One Time Disabled was used up and reverts to Enabled.</summary>
    OneTimeDisableReverted = 162,

    /// <summary>The operating system is up.</summary>
    OsRunning = 170,

    /// <summary>Stop error: boot LUN 255 with the Microsoft software initiator (T10).</summary>
    StopErrorLun255 = 171,

    /// <summary>Stop error: 2008 R2 NDIS path, link-local initiator, routed IPv6 target (T12).</summary>
    StopErrorIpv6LinkLocal = 172,

    /// <summary>Windows Server 2008 setup over IPv6 does not offer the target (T7).</summary>
    InstallTargetNotOffered = 173,

    /// <summary>VLAN tagging with the Microsoft software initiator is not supported (G p.18).</summary>
    VlanWithMicrosoftInitiator = 174,

    /// <summary>Offload path without the VBD 5.0.x and OIS drivers (T1).</summary>
    OffloadDriversMissing = 175,

    /// <summary>BXOIS does not load: StartOverride is 3 (T3).</summary>
    BxoisNotLoaded = 176,

    /// <summary>Crash dump is not captured at 10 or 100 Mbps (T2).</summary>
    CrashDumpUnsupportedSpeed = 177,

    /// <summary>The Linux initrd does not match HBA Boot Mode (G p.14).</summary>
    InitrdPathMismatch = 178,

    /// <summary>The guide contradicts itself on what was just done (SLES 11 offload, G p.4 vs p.14).</summary>
    GuideContradiction = 179,

    /// <summary>Teaming on a boot-path adapter is not supported (G p.25).</summary>
    TeamingOnBootAdapter = 180,

    /// <summary>The operating system installer is running and offers the iSCSI target.</summary>
    InstallerRunning = 181,

    /// <summary>The installer cannot install to the target: remote DVD installation is not supported for this OS (G p.15).</summary>
    RemoteInstallUnsupported = 182,

    /// <summary>The simulation's time limit ended a boot that would otherwise retry for ever.</summary>
    SimulationTimeLimit = 190,
}
