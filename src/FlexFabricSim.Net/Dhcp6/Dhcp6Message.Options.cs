using System.Buffers.Binary;
using System.Net;

namespace FlexFabricSim.Net.Dhcp6;

/// <summary>Typed reads of the options of a <see cref="Dhcp6Message"/>.</summary>
public sealed partial record Dhcp6Message
{
    /// <summary>The first option with <paramref name="code"/>; null when absent.</summary>
    public Dhcp6Option? FindOption(Dhcp6OptionCode code) => Options.FirstOrDefault(o => o.Code == code);

    /// <summary>Option 1, the client's DUID.</summary>
    public Dhcp6Duid? ClientId => FindOption(Dhcp6OptionCode.ClientId) is { } o ? new Dhcp6Duid(o.Data) : null;

    /// <summary>Option 2, the server's DUID.</summary>
    public Dhcp6Duid? ServerId => FindOption(Dhcp6OptionCode.ServerId) is { } o ? new Dhcp6Duid(o.Data) : null;

    /// <summary>Every option 3 (IA_NA), in order.</summary>
    public IReadOnlyList<Dhcp6IaNa> IaNas => [.. All(Dhcp6OptionCode.IaNa).Select(o => Dhcp6IaNa.Decode(o.Data.AsSpan()))];

    /// <summary>Option 6, the codes the client asks for; empty when absent.</summary>
    public IReadOnlyList<Dhcp6OptionCode> OptionRequest
    {
        get
        {
            if (FindOption(Dhcp6OptionCode.OptionRequest) is not { } o)
            {
                return [];
            }
            var codes = new Dhcp6OptionCode[o.Data.Length / 2];
            for (var i = 0; i < codes.Length; i++)
            {
                codes[i] = (Dhcp6OptionCode)BinaryPrimitives.ReadUInt16BigEndian(o.Data.AsSpan(2 * i, 2));
            }
            return codes;
        }
    }

    /// <summary>Option 7, the server's preference; 0 when absent (RFC 8415 §18.2.9).</summary>
    public byte Preference => FindOption(Dhcp6OptionCode.Preference) is { Data.Length: 1 } o ? o.Data[0] : (byte)0;

    /// <summary>Option 8, the elapsed time; 0xffff means longer than 655 s (RFC 8415 §21.9).</summary>
    public TimeSpan? ElapsedTime =>
        FindOption(Dhcp6OptionCode.ElapsedTime) is { Data.Length: 2 } o
            ? TimeSpan.FromMilliseconds(10.0 * BinaryPrimitives.ReadUInt16BigEndian(o.Data.AsSpan()))
            : null;

    /// <summary>Option 13 at message level, if any.</summary>
    public Dhcp6Status? Status => FindOption(Dhcp6OptionCode.StatusCode) is { } o ? Dhcp6Status.Decode(o.Data.AsSpan()) : null;

    /// <summary>Option 14, rapid commit.</summary>
    public bool RapidCommit => FindOption(Dhcp6OptionCode.RapidCommit) is not null;

    /// <summary>Every option 16 (one per enterprise), in order.</summary>
    public IReadOnlyList<Dhcp6VendorClass> VendorClasses =>
        [.. All(Dhcp6OptionCode.VendorClass).Select(o => Dhcp6VendorClass.Decode(o.Data.AsSpan()))];

    /// <summary>Every option 17 (one per enterprise), in order.</summary>
    public IReadOnlyList<Dhcp6VendorOptions> VendorOptions =>
        [.. All(Dhcp6OptionCode.VendorOptions).Select(o => Dhcp6VendorOptions.Decode(o.Data.AsSpan()))];

    /// <summary>Option 23, the DNS servers; empty when absent.</summary>
    public IReadOnlyList<IPAddress> DnsServers
    {
        get
        {
            if (FindOption(Dhcp6OptionCode.DnsServers) is not { } o)
            {
                return [];
            }
            var addresses = new IPAddress[o.Data.Length / 16];
            for (var i = 0; i < addresses.Length; i++)
            {
                addresses[i] = new IPAddress(o.Data.AsSpan(16 * i, 16));
            }
            return addresses;
        }
    }

    private IEnumerable<Dhcp6Option> All(Dhcp6OptionCode code) => Options.Where(o => o.Code == code);
}
