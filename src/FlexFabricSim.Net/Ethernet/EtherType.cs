namespace FlexFabricSim.Net.Ethernet;

/// <summary>The Ethernet II type field values the stack speaks (IEEE registry); the values are the wire values.</summary>
public enum EtherType : ushort
{
    /// <summary>Internet Protocol version 4 (RFC 894).</summary>
    IPv4 = 0x0800,

    /// <summary>Address Resolution Protocol (RFC 826).</summary>
    Arp = 0x0806,

    /// <summary>IEEE 802.1Q customer VLAN tag.</summary>
    Vlan = 0x8100,

    /// <summary>Internet Protocol version 6 (RFC 2464).</summary>
    IPv6 = 0x86DD,

    /// <summary>IEEE 802.1ad service VLAN tag (Q-in-Q); recognised only to be refused.</summary>
    ServiceVlan = 0x88A8,
}
