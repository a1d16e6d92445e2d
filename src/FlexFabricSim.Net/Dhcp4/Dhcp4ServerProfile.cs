using System.Net;
using FlexFabricSim.Net.Dhcp;

namespace FlexFabricSim.Net.Dhcp4;

/// <summary>
/// What the simulated network's DHCPv4 server offers, including the faults scenarios need: silence, lateness, a wrong vendor class, no DNS.
/// </summary>
/// <remarks>Configured as G p.9-10 tells an administrator: option 17, or option 43 with option 60 for the <c>BRCM ISAN</c> vendor
/// class.</remarks>
public sealed record Dhcp4ServerProfile
{
    /// <summary>The server's own address, sent as option 54.</summary>
    public required IPAddress ServerAddress { get; init; }

    /// <summary>The first address handed out.</summary>
    public required IPAddress PoolStart { get; init; }

    /// <summary>How many consecutive addresses from <see cref="PoolStart"/> may be handed out.</summary>
    public int PoolSize { get; init; } = 50;

    /// <summary>Option 1.</summary>
    public IPAddress SubnetMask { get; init; } = IPAddress.Parse("255.255.255.0");

    /// <summary>Option 3; null leaves it out.</summary>
    public IPAddress? Router { get; init; }

    /// <summary>Option 6; empty leaves it out ("no DNS": the card then shows 0.0.0.0, G p.8).</summary>
    public IReadOnlyList<IPAddress> DnsServers { get; init; } = [];

    /// <summary>Option 51.</summary>
    public TimeSpan LeaseTime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Option 17, sent to every client; null leaves it out.</summary>
    public string? RootPath { get; init; }

    /// <summary>The client option 60 that earns option 43 (G p.10); null sends 43 to every client.</summary>
    public string? VendorClassToMatch { get; init; } = IscsiBootVendor.BroadcomVendorId;

    /// <summary>How a client's option 60 is compared with <see cref="VendorClassToMatch"/>; Kea's class test is exact.</summary>
    public VendorIdMatching VendorClassMatching { get; init; } = VendorIdMatching.Exact;

    /// <summary>
    /// Option 60 in replies to a matched client; null echoes the client's own. A different value ("QLGC ISAN") is the wrong-vendor-id
    /// fault.
    /// </summary>
    public string? VendorClassToSend { get; init; }

    /// <summary>Option 43 for a matched client; null sends none.</summary>
    public Dhcp4VendorOptions? VendorOptions { get; init; }

    /// <summary>Append an END byte inside option 43, as dnsmasq does (notes/dhcp-servers.md).</summary>
    public bool EndByteInVendorOptions { get; init; }

    /// <summary>Never answer: the "no DHCP server" fault.</summary>
    public bool Silent { get; init; }

    /// <summary>Answer this late: the "slow server" fault (a delay beyond the client's timeout means retransmissions first).</summary>
    public TimeSpan ReplyDelay { get; init; }

    /// <summary>Answer every REQUEST with a DHCPNAK.</summary>
    public bool NakRequests { get; init; }
}
