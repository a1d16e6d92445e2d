using System.Net;

namespace FlexFabricSim.Net.Dhcp;

/// <summary>DHCP's well-known ports and addresses (RFC 2131 §4.1, RFC 8415 §7.1-7.2).</summary>
public static class DhcpPorts
{
    /// <summary>DHCPv4 server port.</summary>
    public const int Dhcp4Server = 67;

    /// <summary>DHCPv4 client port.</summary>
    public const int Dhcp4Client = 68;

    /// <summary>DHCPv6 server and relay port.</summary>
    public const int Dhcp6Server = 547;

    /// <summary>DHCPv6 client port.</summary>
    public const int Dhcp6Client = 546;

    /// <summary>All_DHCP_Relay_Agents_and_Servers, where a client sends Solicit and Request (RFC 8415 §7.1).</summary>
    public static IPAddress AllDhcpRelayAgentsAndServers { get; } = IPAddress.Parse("ff02::1:2");

    /// <summary>Where a DHCPv4 client broadcasts: 255.255.255.255:67.</summary>
    public static IPEndPoint Dhcp4ServerBroadcast { get; } = new(IPAddress.Broadcast, Dhcp4Server);

    /// <summary>Where a DHCPv4 server broadcasts replies: 255.255.255.255:68.</summary>
    public static IPEndPoint Dhcp4ClientBroadcast { get; } = new(IPAddress.Broadcast, Dhcp4Client);

    /// <summary>Where a DHCPv6 client sends: [ff02::1:2]:547.</summary>
    public static IPEndPoint Dhcp6Servers { get; } = new(AllDhcpRelayAgentsAndServers, Dhcp6Server);
}
