namespace FlexFabricSim.Net.Dhcp;

/// <summary>The vendor identities of Broadcom's iSCSI boot over DHCP (G p.6, p.10-11; SPEC "DHCP").</summary>
public static class IscsiBootVendor
{
    /// <summary>Broadcom's IANA private enterprise number, first in DHCPv6 options 16 and 17 (RFC 8415 §21.16-17; SPEC).</summary>
    public const uint BroadcomEnterpriseNumber = 4413;

    /// <summary>The factory DHCP Vendor ID of the HP/Broadcom boot ROM (G p.6).</summary>
    public const string BroadcomVendorId = "BRCM ISAN";

    /// <summary>The DHCP Vendor ID of later QLogic-branded firmware: a realistic mismatch for scenarios (SPEC).</summary>
    public const string QLogicVendorId = "QLGC ISAN";

    /// <summary>The longest DHCP Vendor ID the setup menu accepts (SPEC, source D).</summary>
    public const int MaxVendorIdLength = 32;
}
