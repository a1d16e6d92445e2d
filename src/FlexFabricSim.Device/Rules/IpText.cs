using System.Buffers.Binary;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Device.Rules;

/// <summary>
/// Strict parsing of the addresses and masks the card's fields hold. <see cref="IPAddress.TryParse(string, out IPAddress)"/>
/// alone accepts forms like <c>10.1</c> or <c>0x0a.1.1.1</c> that the card's dotted-decimal fields cannot hold.
/// </summary>
public static class IpText
{
    /// <summary>Parses dotted-decimal IPv4 (four parts 0-255) or IPv6 text (no zone index) as <paramref name="version"/>.</summary>
    public static bool TryParseAddress(string text, IpVersion version, out IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(text);
        address = IPAddress.None;
        return version == IpVersion.Ipv4 ? TryParseIpv4(text, out address) : TryParseIpv6(text, out address);
    }

    /// <summary>Parses a subnet mask: under IPv4 a contiguous dotted mask or a prefix length 0-32 (stored dotted); under IPv6 a prefix
    /// length 0-128.</summary>
    /// <param name="text">The text typed.</param>
    /// <param name="version">The IP Version selected.</param>
    /// <param name="canonical">The stored form: dotted mask under IPv4, decimal prefix under IPv6.</param>
    public static bool TryParseMask(string text, IpVersion version, out string canonical)
    {
        ArgumentNullException.ThrowIfNull(text);
        canonical = "";
        var trimmed = text.Trim().TrimStart('/');
        if (trimmed.Length is > 0 and <= 3 && !trimmed.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            var prefix = int.Parse(trimmed, CultureInfo.InvariantCulture);
            var max = version == IpVersion.Ipv4 ? 32 : 128;
            if (prefix > max)
            {
                return false;
            }
            canonical = version == IpVersion.Ipv4 ? MaskFromPrefix(prefix).ToString() : prefix.ToString(CultureInfo.InvariantCulture);
            return true;
        }
        if (version == IpVersion.Ipv4 && TryParseIpv4(trimmed, out var mask))
        {
            var bits = BinaryPrimitives.ReadUInt32BigEndian(mask.GetAddressBytes());
            // Contiguous: the inverted mask plus one is a power of two (or zero for 255.255.255.255).
            var inverted = ~bits;
            if ((inverted & (inverted + 1)) != 0)
            {
                return false;
            }
            canonical = mask.ToString();
            return true;
        }
        return false;
    }

    /// <summary>The IPv4 mask with <paramref name="prefix"/> leading one bits.</summary>
    public static IPAddress MaskFromPrefix(int prefix)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(prefix);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(prefix, 32);
        var bits = prefix == 0 ? 0u : uint.MaxValue << (32 - prefix);
        var bytes = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, bits);
        return new IPAddress(bytes);
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> share the first <paramref name="prefix"/> bits.</summary>
    public static bool SameSubnet(IPAddress a, IPAddress b, int prefix)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.AddressFamily != b.AddressFamily)
        {
            return false;
        }
        var x = a.GetAddressBytes();
        var y = b.GetAddressBytes();
        for (var bit = 0; bit < prefix && bit < x.Length * 8; bit++)
        {
            var m = 0x80 >> (bit % 8);
            if ((x[bit / 8] & m) != (y[bit / 8] & m))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether <paramref name="address"/> is <c>0.0.0.0</c> or <c>::</c>, the card's "unset".</summary>
    public static bool IsUnspecified(IPAddress address) =>
        address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any);

    private static bool TryParseIpv4(string text, out IPAddress address)
    {
        address = IPAddress.None;
        var parts = text.Trim().Split('.');
        if (parts.Length != 4)
        {
            return false;
        }
        var bytes = new byte[4];
        for (var i = 0; i < 4; i++)
        {
            if (parts[i].Length is 0 or > 3 || parts[i].AsSpan().ContainsAnyExceptInRange('0', '9')
                || !byte.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out bytes[i]))
            {
                return false;
            }
        }
        address = new IPAddress(bytes);
        return true;
    }

    private static bool TryParseIpv6(string text, out IPAddress address)
    {
        address = IPAddress.None;
        var trimmed = text.Trim();
        if (!trimmed.Contains(':') || trimmed.Contains('%') || trimmed.Contains('/') || trimmed.StartsWith('[')
            || !IPAddress.TryParse(trimmed, out var parsed) || parsed.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }
        address = parsed;
        return true;
    }
}
