using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace FlexFabricSim.Net;

/// <summary>An address with a prefix length ("192.0.2.10/24", "2001:db8::1/64"): an interface address or a network.</summary>
public readonly record struct IPPrefix
{
    /// <summary>Creates the prefix; the address keeps its host bits (use <see cref="Network"/> for the masked form).</summary>
    public IPPrefix(IPAddress address, int length)
    {
        ArgumentNullException.ThrowIfNull(address);
        var max = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, max);
        Address = address;
        Length = length;
    }

    /// <summary>The address (host bits kept).</summary>
    public IPAddress Address { get; }

    /// <summary>The number of leading bits that name the network.</summary>
    public int Length { get; }

    /// <summary>The network address: <see cref="Address"/> with its host bits cleared.</summary>
    public IPAddress Network => Mask(Address, Length);

    /// <summary>Whether <paramref name="address"/> lies in this prefix.</summary>
    public bool Contains(IPAddress address) => SharePrefix(Address, address, Length);

    /// <summary>The IPv4 directed broadcast of this prefix (all host bits set).</summary>
    public IPAddress IPv4Broadcast
    {
        get
        {
            var bytes = Address.GetAddressBytes();
            for (var i = 0; i < bytes.Length; i++)
            {
                var keep = Math.Clamp(Length - (i * 8), 0, 8);
                bytes[i] |= (byte)~(0xFF << (8 - keep));
            }

            return new IPAddress(bytes);
        }
    }

    /// <summary>Parses "ADDRESS/LENGTH".</summary>
    public static IPPrefix Parse(string text) =>
        TryParse(text, out var prefix) ? prefix : throw new FormatException($"'{text}' is not ADDRESS/PREFIX (for example 192.0.2.10/24)");

    /// <summary>Parses "ADDRESS/LENGTH", returning false for anything else.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out IPPrefix prefix)
    {
        prefix = default;
        var slash = text?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (text is null || slash <= 0
            || !IPAddress.TryParse(text.AsSpan(0, slash), out var address)
            || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            || length > (address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128))
        {
            return false;
        }

        prefix = new IPPrefix(address, length);
        return true;
    }

    /// <summary>Whether two addresses of the same family share their first <paramref name="length"/> bits.</summary>
    public static bool SharePrefix(IPAddress a, IPAddress b, int length)
    {
        if (a.AddressFamily != b.AddressFamily)
        {
            return false;
        }

        Span<byte> x = stackalloc byte[16];
        Span<byte> y = stackalloc byte[16];
        a.TryWriteBytes(x, out var size);
        b.TryWriteBytes(y, out _);
        var whole = Math.Min(length / 8, size);
        if (!x[..whole].SequenceEqual(y[..whole]))
        {
            return false;
        }

        var rest = length % 8;
        if (rest == 0 || whole >= size)
        {
            return true;
        }

        var mask = (byte)(0xFF << (8 - rest));
        return (x[whole] & mask) == (y[whole] & mask);
    }

    /// <summary>The address with all bits after the first <paramref name="length"/> cleared.</summary>
    public static IPAddress Mask(IPAddress address, int length)
    {
        var bytes = address.GetAddressBytes();
        for (var i = 0; i < bytes.Length; i++)
        {
            var keep = Math.Clamp(length - (i * 8), 0, 8);
            bytes[i] &= (byte)(0xFF << (8 - keep));
        }

        return new IPAddress(bytes);
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Address}/{Length}");
}
