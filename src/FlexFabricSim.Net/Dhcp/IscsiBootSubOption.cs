namespace FlexFabricSim.Net.Dhcp;

/// <summary>
/// Broadcom's iSCSI boot sub-option codes inside DHCPv4 option 43 and DHCPv6 option 17 (G p.10-11); values are wire values.
/// </summary>
public enum IscsiBootSubOption : ushort
{
    /// <summary>First iSCSI target, as a root path.</summary>
    FirstTarget = 201,

    /// <summary>Second iSCSI target, as a root path.</summary>
    SecondTarget = 202,

    /// <summary>The initiator's iSCSI name (IQN).</summary>
    InitiatorName = 203,
}
