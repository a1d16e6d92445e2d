namespace FlexFabricSim.Scenarios.Guide;

/// <summary>
/// The HP guide's troubleshooting entries T1-T12 (G p.26-28) and its set-up sections, as data, so a scenario's
/// <c>guide:</c> citation can be checked and <c>scenario explain</c> can quote the section and its action.
/// The wording follows the English rendering in <c>reference/guide.en.md</c>.
/// </summary>
public static class GuideEntries
{
    /// <summary>The last printed page with content (acronyms, p.35).</summary>
    public const int LastPage = 35;

    /// <summary>T1 to T12, in order.</summary>
    public static IReadOnlyList<GuideEntry> Troubleshooting { get; } =
    [
        new(1, 26, "Boot fails when switching to Broadcom iSCSI offload",
            "When iSCSI boot is switched from the Microsoft standard path to Broadcom iSCSI offload, the boot cannot complete.",
            "Before you switch the iSCSI boot path, install (or upgrade) the Broadcom Virtual Bus Device driver 5.0.x and the OIS driver.",
            null),
        new(2, 26, "The Broadcom iSCSI crash dump utility does not capture a memory dump",
            "The iSCSI boot link speed is set to 10 Mbps or 100 Mbps. These speeds are not supported.",
            "Set the iSCSI boot link speed to 1 Gbps or 10 Gbps. The iSCSI crash dump utility supports these speeds.",
            null),
        new(3, 26, "The HBA offload miniport BXOIS does not load",
            "After switching between iSCSI HBA offload mode and iSCSI software initiator boot, the HBA offload miniport BXOIS "
            + "no longer loads.",
            @"Edit [HKEY_LOCAL_MACHINE\SYSTEM\CurrentControlSet\Services\bxois\StartOverride] by hand, changing it from 3 to 0. "
            + "Change this registry key before you switch back from the NDIS path to the HBA path in CCM.",
            null),
        new(4, 26, "The inbox driver does not update",
            "The inbox driver does not update when a non-inbox hardware ID is present.",
            "Create a custom slipstream DVD image with the supported drivers that are on the installation media.",
            "It happens inside Windows setup's driver store (which driver package wins for a hardware ID); the simulator stops "
            + "at the hand-off to the OS and models no driver packages or installation media."),
        new(5, 26, "Installing Windows on the iSCSI target fails",
            "When the adapter is connected to a 1 Gbps switch port, installing Windows on the iSCSI target through iSCSI boot fails.",
            "This is a limitation of adapters that use SFP+ as the physical connection. SFP+ runs at 10 Gbps by default and does not "
            + "support autonegotiation.",
            null),
        new(6, 27, "IP address conflict",
            "With a static IP configuration, an IP address conflict message appears when you switch from layer 2 iSCSI boot to the "
            + "Broadcom iSCSI HBA.",
            "Change the IP address in the network properties of the OS.",
            "The conflict is between the running Windows' own NDIS adapter settings and the HBA's address, after the OS is up; the "
            + "simulated OS hand-off models no Windows network properties to collide."),
        new(7, 27, "The iSCSI target is not recognized as an installation target",
            "During installation of Windows Server 2008 over an IPv6 connection, the iSCSI target is not recognized as an "
            + "installation target.",
            "No action is needed. This is a known third-party issue. For details, see article KB971443 on the Microsoft website.",
            null),
        new(8, 27, "The iSCSI configuration utility does not run",
            "The iSCSI configuration utility does not run.",
            "Make sure the iSCSI boot firmware is installed in NVRAM.",
            null),
        new(9, 27, "An NDIS miniport with Code 31 appears with a yellow exclamation mark after an L2 iSCSI boot installation",
            "An NDIS miniport with Code 31 appears with a yellow exclamation mark after an L2 iSCSI boot installation.",
            "Run the T7.8 or later installer.",
            "Code 31 is a Windows Device Manager state that depends on which driver installer version ran after installation; the "
            + "simulator models no installer versions or Device Manager."),
        new(10, 27, "A system blue screen appears after the iSCSI boot LUN is set to 255",
            "If iSCSI boot is run after the iSCSI boot LUN has been set to 255, a system blue screen appears.",
            "Set a LUN value from 0 to 254. Broadcom iSCSI supports the LUN range 0 to 255, but the Microsoft iSCSI Software "
            + "Initiator does not support LUN 255.",
            null),
        new(11, 27, "A system blue screen occurs when installing from Windows Plug and Play",
            "Installing the Broadcom drivers through Windows Plug and Play causes a system blue screen.",
            "Install the drivers with the setup installer.",
            "It happens when drivers are installed into a running Windows through Plug and Play, long after the option ROM's "
            + "hand-off; the simulator models no driver installation methods."),
        new(12, 28, "A system blue screen occurs when booting Windows 2008 R2 over iSCSI",
            "A system blue screen occurs when Windows 2008 R2 boots over iSCSI from the adapter's NDIS path, with the initiator "
            + "configured with a link-local IPv6 address and the target configured with a router-configured IPv6 address.",
            "No action is needed. This is a known issue in the Windows TCP/IP stack.",
            null),
    ];

    /// <summary>The set-up sections and other pages scenarios cite, by first page.</summary>
    public static IReadOnlyList<GuideSection> Sections { get; } =
    [
        new(4, "Introduction: supported adapters and operating systems",
            "iSCSI boot runs over the non-offload (Microsoft initiator) or the offload (HBA) path, chosen by HBA Boot Mode on "
            + "General Parameters."),
        new(5, "Configuring iSCSI boot parameters: configuration options",
            "Record the target name, IQN, IP address, TCP port, LUN, initiator IQN and CHAP ID and secret, then set the General "
            + "Parameters options for a static or dynamic configuration."),
        new(6, "MBA boot protocol configuration",
            "At the banner press CTRL+S, move to Boot Protocol with the up/down arrows, change it to iSCSI with the left/right arrows, "
            + "then select iSCSI Boot Configuration (it has no effect without iSCSI boot firmware). Switching IP Version loses all IP "
            + "settings; HBA Boot Mode cannot change in Multi-Function mode."),
        new(7, "Static iSCSI boot configuration",
            "General Parameters: TCP/IP parameters via DHCP Disabled, iSCSI parameters via DHCP Disabled; Initiator Parameters: IP "
            + "address, mask, gateway, DNS, iSCSI name (addresses are not checked for duplicates); 1st Target Parameters: Connect "
            + "Enabled, IP address, TCP port, Boot LUN, iSCSI name; ESC, Exit and Save Configuration, F4."),
        new(8, "Dynamic iSCSI boot configuration",
            "General Parameters: TCP/IP parameters via DHCP Enabled (IPv4) or IP Autoconfiguration Enabled (IPv6), iSCSI parameters "
            + "via DHCP Enabled. With a DHCP server the DNS entries are always overwritten, and set to 0.0.0.0 when the server sends "
            + "none; with option 17 the initiator name comes from Initiator Parameters or defaults to "
            + "iqn.1995-05.com.broadcom.<MAC>.iscsiboot."),
        new(9, "Enabling CHAP authentication; DHCP option 17",
            "CHAP: set CHAP Authentication Enabled, enter the initiator's CHAP ID and a secret of at least 12 characters, and for "
            + "two-way CHAP the target's CHAP ID and secret on 1st Target Parameters. Option 17 root path: "
            + "iscsi:<servername>:<protocol>:<port>:<LUN>:<targetname>, protocol 6, LUN in hexadecimal (LUN 64 is 40)."),
        new(10, "DHCP option 43 and configuring the DHCP server",
            "Option 43 sub-options 201 (first target), 202 (second target) and 203 (initiator IQN), IPv4 only; also configure "
            + "option 60 to match DHCP Vendor ID (BRCM ISAN), or the card does not look at option 43."),
        new(11, "DHCPv6 options 16 and 17; preparing the boot image",
            "DHCPv6 has no root path option: option 16 must carry the DHCP Vendor ID (BRCM ISAN) and option 17 the sub-options "
            + "201/202/203, IPv6 addresses in brackets. Windows Server 2008 R2/SP2 install and boot over both paths."),
        new(12, "Setting up Windows Server 2012 iSCSI boot",
            "Set Boot Protocol to iSCSI, enter the target parameters, choose HBA Boot Mode, save and restart: the system connects to "
            + "the target and boots the DVD, whose setup lists the target drive."),
        new(13, "Setting up Linux iSCSI boot",
            "RHEL 5.9 and later and SLES 11 SP2 and later boot over both paths."),
        new(14, "Running the iscsiuio configuration script",
            "Build the initrd with iscsi_setup.sh: option 0 for the non-offload path, option 1 for offload; boot the image that "
            + "matches HBA Boot Mode."),
        new(15, "Setting up Linux iSCSI boot with a remote DVD installation",
            "Remote DVD installation onto the target is for RHEL 6.2 and SLES 11 SP2 and later."),
        new(16, "Slipstreaming Broadcom drivers into Windows image files",
            "Add the Broadcom drivers to the Windows installation image before installing."),
        new(18, "Booting; other iSCSI boot considerations",
            "Set HBA Boot Mode Enabled for the offload path or Disabled for the non-offload path and restart. Enable CHAP only after "
            + "the system boots. VLAN tagging is not supported with the Microsoft iSCSI Software Initiator; the crash dump utility "
            + "needs the offload driver set-up."),
        new(19, "Configuring iSCSI offload",
            "Install the Broadcom drivers and BACS, then configure the offload adapter's IP address in BACS."),
        new(20, "Configuring Microsoft Initiator to use Broadcom iSCSI offload",
            "Add the target portal through the HP FlexFabric adapter as Local adapter and log on through it."),
        new(25, "Teaming",
            "Teaming does not support iSCSI or NDIS adapters in the iSCSI boot path."),
        new(26, "Troubleshooting", "See entries T1-T12."),
        new(29, "Frequently asked questions",
            "iscsicli sessionlist shows offloaded sessions with initiator names starting B06BDRV... and non-offload ones "
            + "starting Root...."),
        new(30, "Event notification: offload iSCSI driver",
            "The offload driver's event log messages 1-72, with their severity."),
    ];

    /// <summary>The troubleshooting entry <paramref name="id"/> (<c>T10</c>, case-insensitive), or null.</summary>
    public static GuideEntry? Find(string id) =>
        Troubleshooting.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The section that covers <paramref name="page"/>: the last one starting on or before it.</summary>
    public static GuideSection SectionFor(int page) =>
        Sections.LastOrDefault(s => s.Page <= page) ?? Sections[0];
}
