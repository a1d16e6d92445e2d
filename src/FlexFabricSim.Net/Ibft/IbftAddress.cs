using System.Net;
using System.Net.Sockets;

namespace FlexFabricSim.Net.Ibft;

/// <summary>
/// The 16-byte iBFT IP address field: IPv6 as is, IPv4 as IPv4-mapped IPv6 (::ffff:a.b.c.d), all zeros for none (iBFT §2.1).
/// </summary>
internal static class IbftAddress
{
    /// <summary>Writes <paramref name="address"/> (or zeros for null) into the 16-byte <paramref name="field"/>.</summary>
    public static void Write(Span<byte> field, IPAddress? address)
    {
        field[..IbftLayout.AddressLength].Clear();
        if (address is null)
        {
            return;
        }
        var mapped = address.AddressFamily == AddressFamily.InterNetwork ? address.MapToIPv6() : address;
        if (mapped.AddressFamily != AddressFamily.InterNetworkV6)
        {
            throw new ArgumentException($"{address} is not an IP address", nameof(address));
        }
        mapped.TryWriteBytes(field, out _);
    }

    /// <summary>Reads the 16-byte field: null for all zeros, IPv4 for a mapped address, else IPv6.</summary>
    public static IPAddress? Read(ReadOnlySpan<byte> field)
    {
        field = field[..IbftLayout.AddressLength];
        if (!field.ContainsAnyExcept((byte)0))
        {
            return null;
        }
        var address = new IPAddress(field);
        return address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
    }
}
