namespace FlexFabricSim.Device.Nvram;

/// <summary>Where the target's parameters come from at boot.</summary>
public enum TargetSource
{
    /// <summary>The 1st/2nd Target Parameters screens.</summary>
    Static,

    /// <summary>DHCP: option 17 or option 43 (IPv4), or DHCPv6 option 17 (iSCSI parameters via DHCP enabled, G p.8-11).</summary>
    Dhcp,
}
