namespace FlexFabricSim.Device.Nvram;

/// <summary>The IP Version selected on the General Parameters screen (G p.6).</summary>
public enum IpVersion
{
    /// <summary>IPv4 (the default).</summary>
    Ipv4,

    /// <summary>IPv6.</summary>
    Ipv6,
}
