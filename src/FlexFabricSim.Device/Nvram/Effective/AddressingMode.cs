namespace FlexFabricSim.Device.Nvram;

/// <summary>Where the initiator's own IP address comes from at boot.</summary>
public enum AddressingMode
{
    /// <summary>IPv4, static from Initiator Parameters (TCP/IP parameters via DHCP disabled).</summary>
    Static,

    /// <summary>IPv4 from DHCP (TCP/IP parameters via DHCP enabled).</summary>
    Dhcp4,

    /// <summary>IPv6 autoconfiguration: link-local, or stateful when DHCPv6 is present (IP Autoconfiguration enabled, G p.5).</summary>
    Ipv6Autoconf,

    /// <summary>IPv6, static from Initiator Parameters.</summary>
    Ipv6Static,
}
