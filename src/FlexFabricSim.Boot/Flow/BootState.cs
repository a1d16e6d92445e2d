namespace FlexFabricSim.Boot.Flow;

/// <summary>The states of the option ROM's boot flow (<see cref="BootFlow"/>); <c>docs/boot-flow.dot</c> draws them.</summary>
public enum BootState
{
    /// <summary>Power is off; the flow has not started.</summary>
    Off,

    /// <summary>Superstate of every state between power-on and the end, so a time limit can end any of them.</summary>
    Booting,

    /// <summary>The MBA banner and its setup prompt window (Banner Message Timeout).</summary>
    Banner,

    /// <summary>Waiting for the Ethernet link.</summary>
    LinkWait,

    /// <summary>Link Up Delay Time after link-up, before the first frame.</summary>
    LinkUpDelay,

    /// <summary>Superstate of the four ways to get an address.</summary>
    Addressing,

    /// <summary>Static IPv4 address from Initiator Parameters.</summary>
    StaticIpv4,

    /// <summary>DHCPv4 DISCOVER / OFFER / REQUEST / ACK.</summary>
    Dhcp4,

    /// <summary>IPv6 link-local, router solicitations, and DHCPv6 when needed.</summary>
    Ipv6Autoconfiguration,

    /// <summary>Static IPv6 address from Initiator Parameters.</summary>
    StaticIpv6,

    /// <summary>TCP connection and iSCSI login to the 1st target.</summary>
    FirstTargetLogin,

    /// <summary>TCP connection and iSCSI login to the 2nd target.</summary>
    SecondTargetLogin,

    /// <summary>Choosing what follows a failed target: the other target, another round (Boot Retry Count), or failure.</summary>
    TargetFailed,

    /// <summary>REPORT LUNS, INQUIRY, READ CAPACITY and sector 0 of the boot LUN.</summary>
    LunAttach,

    /// <summary>Building and publishing the iBFT.</summary>
    IbftPublish,

    /// <summary>The OS boots from the target (Boot to iSCSI Target Enabled).</summary>
    OsHandOff,

    /// <summary>Control goes back to the BIOS; the next boot device (an installer) runs with the target published.</summary>
    BiosHandBack,

    /// <summary>The boot succeeded: the OS or its installer is up, or the ROM handed off and no OS was simulated.</summary>
    Booted,

    /// <summary>The boot failed; the event log says where and why.</summary>
    Failed,
}
