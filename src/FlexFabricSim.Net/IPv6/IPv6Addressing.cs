using System.Net;
using System.Net.Sockets;
using FlexFabricSim.Net.Ethernet;

namespace FlexFabricSim.Net.IPv6;

/// <summary>Well-known IPv6 addresses and the address arithmetic the stack needs (RFC 4291).</summary>
public static class IPv6Addressing
{
    /// <summary>ff02::1, all nodes on the link.</summary>
    public static IPAddress AllNodes { get; } = IPAddress.Parse("ff02::1");

    /// <summary>ff02::2, all routers on the link (router solicitations go here, RFC 4861 §6.3.7).</summary>
    public static IPAddress AllRouters { get; } = IPAddress.Parse("ff02::2");

    /// <summary>ff02::1:2, all DHCPv6 relay agents and servers (RFC 8415 §7.1).</summary>
    public static IPAddress AllDhcpRelayAgentsAndServers { get; } = IPAddress.Parse("ff02::1:2");

    /// <summary>The modified EUI-64 interface identifier of a MAC: ff:fe in the middle, universal/local bit flipped (RFC 4291 App. A).</summary>
    public static byte[] InterfaceIdentifier(MacAddress mac)
    {
        var bytes = mac.ToArray();
        return [(byte)(bytes[0] ^ 0x02), bytes[1], bytes[2], 0xFF, 0xFE, bytes[3], bytes[4], bytes[5]];
    }

    /// <summary>fe80::/64 plus the MAC's interface identifier (RFC 4862 §5.3).</summary>
    public static IPAddress LinkLocal(MacAddress mac) => FromPrefix(IPAddress.Parse("fe80::"), mac);

    /// <summary>The first 64 bits of <paramref name="prefix"/> plus the MAC's interface identifier (SLAAC, RFC 4862 §5.5.3).</summary>
    public static IPAddress FromPrefix(IPAddress prefix, MacAddress mac)
    {
        var bytes = prefix.GetAddressBytes();
        InterfaceIdentifier(mac).CopyTo(bytes, 8);
        return new IPAddress(bytes);
    }

    /// <summary>ff02::1:ffXX:XXXX for an address: the group its neighbour solicitations go to (RFC 4291 §2.7.1).</summary>
    public static IPAddress SolicitedNode(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        byte[] group = [0xFF, 0x02, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01, 0xFF, bytes[13], bytes[14], bytes[15]];
        return new IPAddress(group);
    }

    /// <summary>The address with its scope id removed: the stack has one interface, so scopes never select anything.</summary>
    public static IPAddress WithoutScope(IPAddress address) =>
        address.AddressFamily == AddressFamily.InterNetworkV6 && address.ScopeId != 0 ? new IPAddress(address.GetAddressBytes()) : address;
}
