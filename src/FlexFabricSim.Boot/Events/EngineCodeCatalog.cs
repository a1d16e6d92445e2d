namespace FlexFabricSim.Boot.Events;

/// <summary>Every engine code with the condition that emits it: the source of <c>docs/events.md</c>'s engine table.</summary>
public static class EngineCodeCatalog
{
    private static readonly Dictionary<EngineCode, EngineCodeInfo> ByCode = Build().ToDictionary(i => i.Code);

    /// <summary>All engine codes in code order.</summary>
    public static IReadOnlyList<EngineCodeInfo> All { get; } = [.. ByCode.Values.OrderBy(i => i.Code)];

    /// <summary>The description of <paramref name="code"/>.</summary>
    public static EngineCodeInfo Get(EngineCode code) => ByCode[code];

    private static IEnumerable<EngineCodeInfo> Build()
    {
        const BootEventSeverity Info = BootEventSeverity.Information;
        const BootEventSeverity Warn = BootEventSeverity.Warning;
        const BootEventSeverity Error = BootEventSeverity.Error;
        static GuideReference P(int page) => new(page);
        static GuideReference T(int number, int page) => GuideReference.Troubleshooting(number, page);

        yield return new(EngineCode.OptionRomDisabled, BootStage.PowerOn, Error, "Option ROM disabled",
            "MBA Option ROM is Disabled: the boot agent prints nothing and the BIOS moves to the next boot device.", P(6));
        yield return new(EngineCode.BootProtocolNotIscsi, BootStage.PowerOn, Error, "Boot Protocol is not iSCSI",
            "Boot Protocol is PXE, FCoE or None; the simulator models only the iSCSI boot.", P(6));
        yield return new(EngineCode.IscsiFirmwareAbsent, BootStage.PowerOn, Error, "No iSCSI boot firmware",
            "Boot Protocol is iSCSI but the card's option ROM holds no iSCSI boot firmware.", T(8, 27));
        yield return new(EngineCode.IscsiNotEnabledOnFunction, BootStage.PowerOn, Error, "iSCSI not enabled on the function",
            "The adapter is in Multi-Function mode and the booting function has iSCSI Offload disabled in the Multi-Function configuration.",
            P(6));
        yield return new(EngineCode.NoLink, BootStage.Link, Error, "No link",
            "The switch port never came up within the link wait: cable cut, or a port speed the adapter cannot match "
            + "(SFP+ on a 1 Gb port: SFP+ does not autonegotiate).", T(5, 26));
        yield return new(EngineCode.LinkUp, BootStage.Link, Info, "Link up",
            "The switch port came up; the event names the speed.", P(5));
        yield return new(EngineCode.StaticAddress, BootStage.Addressing, Info, "Static address",
            "TCP/IP parameters via DHCP (IPv4) or IP Autoconfiguration (IPv6) is Disabled: the Initiator Parameters address is used as is "
            + "(no duplicate or subnet check, G p.7).", P(7));
        yield return new(EngineCode.Dhcp4Leased, BootStage.Addressing, Info, "DHCPv4 lease",
            "A DHCPv4 server acknowledged an address.", P(8));
        yield return new(EngineCode.Dhcp4NoOffer, BootStage.Addressing, Error, "No DHCPv4 answer",
            "TCP/IP parameters via DHCP is Enabled and no server completed DISCOVER/OFFER/REQUEST/ACK within the retries.", P(8));
        yield return new(EngineCode.VendorClassMismatch, BootStage.Addressing, Warn, "Vendor class mismatch",
            "The DHCP answer's vendor class (option 60, or DHCPv6 option 16) differs from DHCP Vendor ID, so its iSCSI vendor "
            + "options (option 43, or DHCPv6 option 17) are ignored.", P(5));
        yield return new(EngineCode.DhcpNoTarget, BootStage.Addressing, Error, "No target from DHCP",
            "iSCSI parameters via DHCP is Enabled but the answer holds no root path (option 17) and no matched vendor options "
            + "with sub-option 201 or 202.", P(9));
        yield return new(EngineCode.DnsOverwritten, BootStage.Addressing, Info, "DNS from DHCP",
            "A DHCP server was used: the DNS servers are replaced by the server's, or set to 0.0.0.0 when it sent none.", P(8));
        yield return new(EngineCode.RootPathInvalid, BootStage.Addressing, Error, "Root path unreadable",
            "A root path from DHCP (option 17, or sub-option 201/202) is not iscsi:<server>:<protocol>:<port>:<LUN>:<name>; "
            + "the event names the field.", P(9));
        yield return new(EngineCode.NoStaticAddress, BootStage.Addressing, Error, "No static address",
            "TCP/IP parameters via DHCP (IPv4) or IP Autoconfiguration (IPv6) is Disabled but the Initiator Parameters IP Address is "
            + "0.0.0.0 / :: (unset).", P(7));
        yield return new(EngineCode.RouterSolicitationUnanswered, BootStage.Addressing, Warn, "No router advertisement",
            "IP Autoconfiguration is Enabled and no router answered the three router solicitations sent 4 s apart: only the "
            + "link-local address is used.", P(5));
        yield return new(EngineCode.Ipv6Configured, BootStage.Addressing, Info, "IPv6 address",
            "An IPv6 address was configured (link-local, from a router's prefix, from DHCPv6, or static).", P(5));
        yield return new(EngineCode.Dhcp6NoReply, BootStage.Addressing, Error, "No DHCPv6 answer",
            "iSCSI parameters via DHCP is Enabled under IPv6 and no DHCPv6 server completed SOLICIT/ADVERTISE/REQUEST/REPLY.", P(10));
        yield return new(EngineCode.NoTargetConfigured, BootStage.Login, Error, "No target configured",
            "Neither target has Connect Enabled with an address and name (static configuration).", P(7));
        yield return new(EngineCode.LoginSucceeded, BootStage.Login, Info, "Login succeeded",
            "The iSCSI login reached full feature phase.", P(7));
        yield return new(EngineCode.LoginRetry, BootStage.Login, Warn, "Login retried",
            "A login failed for a reason worth retrying (no connection, no answer, target error) and Boot Retry Count allows another try.",
            P(6));
        yield return new(EngineCode.SecondTarget, BootStage.Login, Warn, "Trying the 2nd target",
            "The first target failed every attempt and a second target is configured.", P(7));
        yield return new(EngineCode.AllTargetsFailed, BootStage.Login, Error, "No target reachable",
            "Every configured target failed. Logged after the last attempt's own error, which a failed boot reports as its cause.", P(7));
        yield return new(EngineCode.IscsiError, BootStage.Login, Error, "iSCSI failure without a driver id",
            "The login or a command failed in a way the driver's event table has no id for (e.g. a task management failure).", null);
        yield return new(EngineCode.LunBusyRetry, BootStage.LunAttach, Warn, "Boot LUN busy, retrying",
            "The target answered BUSY for the boot LUN and LUN Busy Retry Count allows another connection.", P(6));
        yield return new(EngineCode.LunBusyExhausted, BootStage.LunAttach, Error, "Boot LUN stays busy",
            "The boot LUN was still busy after LUN Busy Retry Count retries.", P(6));
        yield return new(EngineCode.LunAttached, BootStage.LunAttach, Info, "Boot LUN attached",
            "REPORT LUNS listed the boot LUN, INQUIRY and READ CAPACITY answered, sector 0 carries a boot signature.", P(7));
        yield return new(EngineCode.BootLunNotFound, BootStage.LunAttach, Error, "Boot LUN not found",
            "REPORT LUNS does not list the configured Boot LUN (a LUN typed in decimal into option 17 is a classic cause).", P(10));
        yield return new(EngineCode.NoBootSignature, BootStage.LunAttach, Error, "No boot signature",
            "Sector 0 of the boot LUN does not end in 55 AA and holds no GPT: a blank disk.", null);
        yield return new(EngineCode.ScsiCommandFailed, BootStage.LunAttach, Error, "SCSI command failed",
            "INQUIRY, READ CAPACITY or READ of sector 0 ended in CHECK CONDITION or another failing status.", null);
        yield return new(EngineCode.IbftPublished, BootStage.Ibft, Info, "iBFT published",
            "The iSCSI Boot Firmware Table was built for the first target (the one logged in to).", P(8));
        yield return new(EngineCode.ControlReturnedToBios, BootStage.Ibft, Info, "Control back to the BIOS",
            "Boot to iSCSI Target is Disabled or One Time Disabled: after login the ROM returns to the BIOS, and the next boot device "
            + "(an install DVD) runs with the target published.", P(11));
        yield return new(EngineCode.OneTimeDisableReverted, BootStage.Ibft, Info, "One Time Disabled used up",
            "Boot to iSCSI Target was One Time Disabled; it reverts to Enabled for the next boot.", null);
        yield return new(EngineCode.OsRunning, BootStage.OsHandOff, Info, "Operating system up",
            "The operating system read the iBFT and booted from the target.", P(18));
        yield return new(EngineCode.StopErrorLun255, BootStage.OsHandOff, Error, "Stop error: boot LUN 255",
            "Windows on the non-offload path (Microsoft iSCSI Software Initiator) with boot LUN 255.", T(10, 27));
        yield return new(EngineCode.StopErrorIpv6LinkLocal, BootStage.OsHandOff, Error, "Stop error: link-local IPv6 initiator",
            "Windows Server 2008 R2 on the NDIS path, initiator with a link-local IPv6 address, target with a router-configured one.",
            T(12, 28));
        yield return new(EngineCode.InstallTargetNotOffered, BootStage.OsHandOff, Error, "Target not offered for installation",
            "Windows Server 2008 setup over an IPv6 connection (KB971443).", T(7, 27));
        yield return new(EngineCode.VlanWithMicrosoftInitiator, BootStage.OsHandOff, Error, "VLAN with the Microsoft initiator",
            "Windows on the non-offload path with VLAN Mode Enabled: VLAN tagging is not supported for iSCSI boot with the Microsoft "
            + "iSCSI Software Initiator.", P(18));
        yield return new(EngineCode.OffloadDriversMissing, BootStage.OsHandOff, Error, "Offload drivers missing",
            "Windows on the offload path without the Virtual Bus Device driver 5.0.x or later and the OIS driver.", T(1, 26));
        yield return new(EngineCode.BxoisNotLoaded, BootStage.OsHandOff, Error, "BXOIS does not load",
            "Windows on the offload path with HKLM\\SYSTEM\\CurrentControlSet\\Services\\bxois\\StartOverride = 3.", T(3, 26));
        yield return new(EngineCode.CrashDumpUnsupportedSpeed, BootStage.OsHandOff, Warn, "No crash dump at this speed",
            "Windows with the boot link at 10 or 100 Mbps: the iSCSI crash dump utility will not capture a dump.", T(2, 26));
        yield return new(EngineCode.InitrdPathMismatch, BootStage.OsHandOff, Error, "initrd does not match HBA Boot Mode",
            "Linux booted with a non-offload initrd while HBA Boot Mode is Enabled, or the reverse.", P(14));
        yield return new(EngineCode.GuideContradiction, BootStage.OsHandOff, Warn, "The guide contradicts itself",
            "SLES 11 SP2 on the offload path: G p.4 and p.15 support it, G p.14 says SLES 11 does not; the simulator boots it.", P(14));
        yield return new(EngineCode.TeamingOnBootAdapter, BootStage.OsHandOff, Warn, "Teaming on the boot adapter",
            "The OS teams the boot-path adapter; teaming does not support adapters in the iSCSI boot path.", P(25));
        yield return new(EngineCode.InstallerRunning, BootStage.OsHandOff, Info, "Installer offers the target",
            "The installer booted from the next boot device and lists the iSCSI target as an installation disk.", P(11));
        yield return new(EngineCode.RemoteInstallUnsupported, BootStage.OsHandOff, Error, "Remote installation not supported",
            "A Linux installer other than RHEL 6.2+ or SLES 11 SP2+ started with the target published: only those support remote DVD "
            + "installation; older releases are installed on a local disk and copied to the target.", P(15));
        yield return new(EngineCode.SimulationTimeLimit, BootStage.Login, Error, "Simulation time limit",
            "Indefinite Retries (or a very long wait) ran past the request's simulated time limit; the real card would keep trying.",
            P(6));
    }
}
