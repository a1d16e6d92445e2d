namespace FlexFabricSim.Boot.Events;

/// <summary>The stages of a boot as a user names them; a failed boot reports the stage it failed in.</summary>
public enum BootStage
{
    /// <summary>Power-on and the option ROM's own checks (Option ROM, Boot Protocol, iSCSI boot firmware).</summary>
    PowerOn,

    /// <summary>The MBA banner and its setup prompt window.</summary>
    Banner,

    /// <summary>Waiting for the Ethernet link.</summary>
    Link,

    /// <summary>Link Up Delay Time after the link came up.</summary>
    LinkUpDelay,

    /// <summary>Getting an address: static, DHCPv4, IPv6 autoconfiguration, DHCPv6.</summary>
    Addressing,

    /// <summary>TCP connection and iSCSI login to a target.</summary>
    Login,

    /// <summary>Attaching the boot LUN: REPORT LUNS, INQUIRY, READ CAPACITY, sector 0.</summary>
    LunAttach,

    /// <summary>Publishing the iSCSI Boot Firmware Table.</summary>
    Ibft,

    /// <summary>The operating system taking over from the option ROM.</summary>
    OsHandOff,
}
