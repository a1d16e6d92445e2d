using System.Net;

namespace FlexFabricSim.Boot.Lab;

/// <summary>The lab's DHCPv6 server (G p.10-11): addresses from a pool, DNS, and the vendor options 16 and 17.</summary>
public sealed record LabDhcp6Definition
{
    /// <summary>First address of the pool.</summary>
    public required IPAddress PoolStart { get; init; }

    /// <summary>Last address of the pool.</summary>
    public required IPAddress PoolEnd { get; init; }

    /// <summary>DNS servers (option 23); empty sends none.</summary>
    public IReadOnlyList<IPAddress> Dns { get; init; } = [];

    /// <summary>The client vendor-class data that earns options 16 and 17; null sends them to every client.</summary>
    public string? VendorClass { get; init; } = "BRCM ISAN";

    /// <summary>The data of option 16 in replies; null sends no option 16 (as dnsmasq, which cannot send a valid one).</summary>
    public string? VendorClassSent { get; init; } = "BRCM ISAN";

    /// <summary>The enterprise number written in options 16 and 17 (Broadcom: 4413).</summary>
    public uint EnterpriseNumber { get; init; } = 4413;

    /// <summary>Option 17 sub-options 201-203; null sends no option 17.</summary>
    public LabVendorOptions? VendorOptions { get; init; }

    /// <summary>Advertise and reply with NoAddrsAvail instead of an address.</summary>
    public bool NoAddresses { get; init; }

    /// <summary>How the server behaves.</summary>
    public LabServerBehaviour Behaviour { get; init; } = LabServerBehaviour.Answer;

    /// <summary>How late a <see cref="LabServerBehaviour.Late"/> server answers.</summary>
    public TimeSpan AnswerDelay { get; init; }
}
