using System.Net;
using FlexFabricSim.Net.Dhcp;

namespace FlexFabricSim.Net.Dhcp6;

/// <summary>What the simulated network's DHCPv6 server offers, including the faults scenarios need (G p.10-11, SPEC "DHCP").</summary>
public sealed record Dhcp6ServerProfile
{
    /// <summary>The server's DUID, sent as option 2.</summary>
    public required Dhcp6Duid ServerDuid { get; init; }

    /// <summary>The first address handed out.</summary>
    public required IPAddress PoolStart { get; init; }

    /// <summary>How many consecutive addresses from <see cref="PoolStart"/> may be handed out.</summary>
    public int PoolSize { get; init; } = 256;

    /// <summary>Option 23; empty leaves it out.</summary>
    public IReadOnlyList<IPAddress> DnsServers { get; init; } = [];

    /// <summary>Preferred lifetime of the addresses, in seconds.</summary>
    public uint PreferredLifetimeSeconds { get; init; } = 3000;

    /// <summary>Valid lifetime of the addresses, in seconds.</summary>
    public uint ValidLifetimeSeconds { get; init; } = 4000;

    /// <summary>Option 7 in Advertises; 0 leaves it out (RFC 8415 §18.3.9: absent means 0).</summary>
    public byte Preference { get; init; }

    /// <summary>The client vendor-class data that earns options 16 and 17; null sends them to every client.</summary>
    public string? VendorClassToMatch { get; init; } = IscsiBootVendor.BroadcomVendorId;

    /// <summary>How the client's vendor-class data is compared with <see cref="VendorClassToMatch"/>; Kea's test is exact.</summary>
    public VendorIdMatching VendorClassMatching { get; init; } = VendorIdMatching.Exact;

    /// <summary>Option 16 sent to a matched client; null sends none (as dnsmasq, which cannot send a valid one).</summary>
    public Dhcp6VendorClass? VendorClassToSend { get; init; } =
        Dhcp6VendorClass.FromText(IscsiBootVendor.BroadcomEnterpriseNumber, IscsiBootVendor.BroadcomVendorId);

    /// <summary>Option 17 sent to a matched client; null sends none.</summary>
    public Dhcp6VendorOptions? VendorOptions { get; init; }

    /// <summary>Never answer: the "no DHCPv6 server" fault.</summary>
    public bool Silent { get; init; }

    /// <summary>Answer this late.</summary>
    public TimeSpan ReplyDelay { get; init; }

    /// <summary>Advertise and reply with status NoAddrsAvail instead of an address.</summary>
    public bool NoAddresses { get; init; }
}
