using System.Net;

namespace FlexFabricSim.Boot.Lab;

/// <summary>
/// The lab's DHCPv4 server and what it offers. Root paths are kept as raw text so a lab can serve a malformed one on
/// purpose (a LUN typed in decimal, a missing field).
/// </summary>
public sealed record LabDhcp4Definition
{
    /// <summary>The server's own address (option 54).</summary>
    public required IPAddress Server { get; init; }

    /// <summary>First address of the pool.</summary>
    public required IPAddress PoolStart { get; init; }

    /// <summary>Last address of the pool.</summary>
    public required IPAddress PoolEnd { get; init; }

    /// <summary>Subnet mask (option 1).</summary>
    public IPAddress SubnetMask { get; init; } = IPAddress.Parse("255.255.255.0");

    /// <summary>Router (option 3), if any.</summary>
    public IPAddress? Router { get; init; }

    /// <summary>DNS servers (option 6); empty sends no option 6 at all, as real servers may (G p.8: DNS becomes 0.0.0.0).</summary>
    public IReadOnlyList<IPAddress> Dns { get; init; } = [];

    /// <summary>Lease time (option 51).</summary>
    public TimeSpan LeaseTime { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Option 17 root path, sent to every client.</summary>
    public string? RootPath { get; init; }

    /// <summary>The client vendor class (option 60) that earns <see cref="VendorOptions"/> (G p.10); null sends them to every client.</summary>
    public string? VendorClass { get; init; } = "BRCM ISAN";

    /// <summary>Option 60 in the server's replies; null echoes the client's. A different value ("QLGC ISAN") is the wrong-vendor-id fault.</summary>
    public string? VendorClassSent { get; init; }

    /// <summary>Option 43 sub-options for a matched client; null sends no option 43.</summary>
    public LabVendorOptions? VendorOptions { get; init; }

    /// <summary>Append an END byte inside option 43, as dnsmasq does.</summary>
    public bool EndByteInVendorOptions { get; init; }

    /// <summary>Answer every REQUEST with a DHCPNAK.</summary>
    public bool NakRequests { get; init; }

    /// <summary>How the server behaves (answers, stays silent, answers late).</summary>
    public LabServerBehaviour Behaviour { get; init; } = LabServerBehaviour.Answer;

    /// <summary>How late a <see cref="LabServerBehaviour.Late"/> server answers.</summary>
    public TimeSpan AnswerDelay { get; init; }
}
