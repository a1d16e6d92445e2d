namespace FlexFabricSim.Net.Capture;

/// <summary>pcapng/pcap link types (tcpdump.org LINKTYPE_ registry) our captures use; values are wire values.</summary>
public enum PcapngLinkType : ushort
{
    /// <summary>LINKTYPE_ETHERNET: IEEE 802.3 Ethernet frames without FCS.</summary>
    Ethernet = 1,

    /// <summary>LINKTYPE_RAW: raw IPv4 or IPv6 packets, no link header.</summary>
    RawIP = 101,
}
