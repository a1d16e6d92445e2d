using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Net;
using System.Text;

namespace FlexFabricSim.Net.Dhcp4;

/// <summary>Typed reads of the options of a <see cref="Dhcp4Message"/>.</summary>
public sealed partial record Dhcp4Message
{
    /// <summary>Whether the message carries <paramref name="code"/> at least once.</summary>
    public bool HasOption(Dhcp4OptionCode code) => Options.Any(o => o.Code == code);

    /// <summary>The data of <paramref name="code"/>, its parts joined in order as RFC 3396 §7 says; null when absent.</summary>
    public ImmutableArray<byte>? GetOptionData(Dhcp4OptionCode code)
    {
        ImmutableArray<byte>.Builder? joined = null;
        ImmutableArray<byte>? single = null;
        foreach (var option in Options)
        {
            if (option.Code != code)
            {
                continue;
            }
            if (single is null && joined is null)
            {
                single = option.Data;
                continue;
            }
            joined ??= ImmutableArray.CreateBuilder<byte>();
            if (single is { } first)
            {
                joined.AddRange(first);
                single = null;
            }
            joined.AddRange(option.Data);
        }
        return joined?.ToImmutable() ?? single;
    }

    /// <summary>Option 53, the DHCP message type; null for plain BOOTP.</summary>
    public Dhcp4MessageType? MessageType => GetOptionData(Dhcp4OptionCode.MessageType) is { Length: 1 } d ? (Dhcp4MessageType)d[0] : null;

    /// <summary>Option 1, the subnet mask.</summary>
    public IPAddress? SubnetMask => ReadAddress(Dhcp4OptionCode.SubnetMask);

    /// <summary>Option 3, the routers, preferred first; empty when absent.</summary>
    public IReadOnlyList<IPAddress> Routers => ReadAddresses(Dhcp4OptionCode.Router);

    /// <summary>Option 6, the DNS servers, preferred first; empty when absent.</summary>
    public IReadOnlyList<IPAddress> DomainNameServers => ReadAddresses(Dhcp4OptionCode.DomainNameServer);

    /// <summary>Option 12, the host name.</summary>
    public string? HostName => ReadString(Dhcp4OptionCode.HostName);

    /// <summary>Option 15, the domain name.</summary>
    public string? DomainName => ReadString(Dhcp4OptionCode.DomainName);

    /// <summary>Option 17, the root path text (for iSCSI, RFC 4173; parse it with <c>RootPath.Parse</c>).</summary>
    public string? RootPath => ReadString(Dhcp4OptionCode.RootPath);

    /// <summary>Option 43, vendor-specific information, undecoded: its format depends on option 60 (RFC 2132 §8.4).</summary>
    public ImmutableArray<byte>? VendorSpecificInformation => GetOptionData(Dhcp4OptionCode.VendorSpecificInformation);

    /// <summary>Option 50, the address a client asks for.</summary>
    public IPAddress? RequestedIpAddress => ReadAddress(Dhcp4OptionCode.RequestedIpAddress);

    /// <summary>Option 51, the lease time; <see cref="Timeout.InfiniteTimeSpan"/> for 0xffffffff (RFC 2132 §9.2).</summary>
    public TimeSpan? LeaseTime => ReadSeconds(Dhcp4OptionCode.IpAddressLeaseTime);

    /// <summary>Option 54, the server identifier.</summary>
    public IPAddress? ServerIdentifier => ReadAddress(Dhcp4OptionCode.ServerIdentifier);

    /// <summary>Option 55, the codes a client asks for, in its order of preference; empty when absent.</summary>
    public IReadOnlyList<Dhcp4OptionCode> ParameterRequestList =>
        GetOptionData(Dhcp4OptionCode.ParameterRequestList) is { } d ? d.Select(b => (Dhcp4OptionCode)b).ToArray() : [];

    /// <summary>Option 56, a server's explanation (of a DHCPNAK).</summary>
    public string? Message => ReadString(Dhcp4OptionCode.Message);

    /// <summary>Option 57, the largest message the sender accepts.</summary>
    public ushort? MaximumMessageSize =>
        GetOptionData(Dhcp4OptionCode.MaximumMessageSize) is { Length: 2 } d ? BinaryPrimitives.ReadUInt16BigEndian(d.AsSpan()) : null;

    /// <summary>Option 58, the renewal (T1) time.</summary>
    public TimeSpan? RenewalTime => ReadSeconds(Dhcp4OptionCode.RenewalTime);

    /// <summary>Option 59, the rebinding (T2) time.</summary>
    public TimeSpan? RebindingTime => ReadSeconds(Dhcp4OptionCode.RebindingTime);

    /// <summary>Option 60, the vendor class identifier (a client's, or echoed by a server).</summary>
    public string? VendorClassIdentifier => ReadString(Dhcp4OptionCode.VendorClassIdentifier);

    /// <summary>Option 61, the client identifier (type byte then identifier).</summary>
    public ImmutableArray<byte>? ClientIdentifier => GetOptionData(Dhcp4OptionCode.ClientIdentifier);

    /// <summary>Text of an option: UTF-8, trailing NULs removed (RFC 2132 §2 says servers should not send them; some do).</summary>
    public string? ReadString(Dhcp4OptionCode code) => GetOptionData(code) is { } d ? DecodeText(d.AsSpan()) : null;

    /// <summary>Decodes option text: UTF-8 (never throws: bad bytes become U+FFFD), trailing NULs removed.</summary>
    internal static string DecodeText(ReadOnlySpan<byte> data) => Encoding.UTF8.GetString(data.TrimEnd((byte)0));

    private IPAddress? ReadAddress(Dhcp4OptionCode code) =>
        GetOptionData(code) is { Length: 4 } d ? new IPAddress(d.AsSpan()) : null;

    private IReadOnlyList<IPAddress> ReadAddresses(Dhcp4OptionCode code)
    {
        if (GetOptionData(code) is not { } d)
        {
            return [];
        }
        var addresses = new IPAddress[d.Length / 4];
        for (var i = 0; i < addresses.Length; i++)
        {
            addresses[i] = new IPAddress(d.AsSpan(i * 4, 4));
        }
        return addresses;
    }

    private TimeSpan? ReadSeconds(Dhcp4OptionCode code)
    {
        if (GetOptionData(code) is not { Length: 4 } d)
        {
            return null;
        }
        var seconds = BinaryPrimitives.ReadUInt32BigEndian(d.AsSpan());
        return seconds == uint.MaxValue ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(seconds);
    }
}
