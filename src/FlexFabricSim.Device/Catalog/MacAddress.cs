using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace FlexFabricSim.Device.Catalog;

/// <summary>A 48-bit IEEE 802 MAC address, written <c>00:17:A4:77:00:10</c> as the card's menus show it.</summary>
public readonly record struct MacAddress : IComparable<MacAddress>, ISpanParsable<MacAddress>
{
    /// <summary>Bytes in a MAC address.</summary>
    public const int Length = 6;

    private const ulong MaxValue = (1UL << 48) - 1;

    private readonly ulong _value;

    private MacAddress(ulong value) => _value = value;

    /// <summary>The all-zero address <c>00:00:00:00:00:00</c>, which the card's fields use for "none".</summary>
    public static MacAddress Zero => default;

    /// <summary>The address as a 48-bit number, first octet most significant.</summary>
    public ulong Value => _value;

    /// <summary>Whether this is <c>00:00:00:00:00:00</c>.</summary>
    public bool IsZero => _value == 0;

    /// <summary>Whether the group bit (least significant bit of the first octet) is set: not a station address.</summary>
    public bool IsMulticast => (_value & (1UL << 40)) != 0;

    /// <summary>Makes an address from its 48-bit numeric value.</summary>
    public static MacAddress FromValue(ulong value) =>
        value <= MaxValue ? new MacAddress(value) : throw new ArgumentOutOfRangeException(nameof(value), "A MAC address has 48 bits.");

    /// <summary>Reads six bytes in wire order.</summary>
    public static MacAddress FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length)
        {
            throw new ArgumentException($"A MAC address is {Length} bytes, not {bytes.Length}.", nameof(bytes));
        }
        Span<byte> padded = stackalloc byte[8];
        padded.Clear();
        bytes.CopyTo(padded[2..]);
        return new MacAddress(BinaryPrimitives.ReadUInt64BigEndian(padded));
    }

    /// <summary>Writes the six bytes in wire order.</summary>
    public void WriteTo(Span<byte> destination)
    {
        Span<byte> padded = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(padded, _value);
        padded[2..].CopyTo(destination[..Length]);
    }

    /// <summary>The six bytes in wire order.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        WriteTo(bytes);
        return bytes;
    }

    /// <summary>The address <paramref name="offset"/> above this one; fails if that leaves the 48-bit space.</summary>
    public MacAddress Add(int offset)
    {
        var result = (long)_value + offset;
        if (result < 0 || (ulong)result > MaxValue)
        {
            throw new OverflowException($"{this} + {offset} is not a MAC address.");
        }
        return new MacAddress((ulong)result);
    }

    /// <summary>Whether <see cref="Add"/> with <paramref name="offset"/> stays inside the 48-bit space.</summary>
    public bool CanAdd(int offset)
    {
        var result = (long)_value + offset;
        return result >= 0 && (ulong)result <= MaxValue;
    }

    /// <summary>Parses six two-digit hex octets separated by <c>:</c> or <c>-</c> (one separator throughout).</summary>
    public static MacAddress Parse(string s) =>
        TryParse(s, out var mac)
            ? mac
            : throw new FormatException($"'{s}' is not a MAC address (expected six hex octets like 00:11:22:33:44:55).");

    /// <inheritdoc cref="Parse(string)"/>
    public static MacAddress Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="Parse(string)"/>
    public static MacAddress Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString());

    /// <summary>Tries to parse six hex octets separated by <c>:</c> or <c>-</c>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out MacAddress result) => TryParse(s.AsSpan(), out result);

    /// <inheritdoc cref="TryParse(string?, out MacAddress)"/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out MacAddress result) =>
        TryParse(s.AsSpan(), out result);

    /// <inheritdoc cref="TryParse(string?, out MacAddress)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out MacAddress result) => TryParse(s, out result);

    /// <inheritdoc cref="TryParse(string?, out MacAddress)"/>
    public static bool TryParse(ReadOnlySpan<char> s, out MacAddress result)
    {
        result = default;
        // "00:11:22:33:44:55" is 17 characters: six octets of two digits and five separators.
        if (s.Length != 17)
        {
            return false;
        }
        var separator = s[2];
        if (separator is not (':' or '-'))
        {
            return false;
        }
        ulong value = 0;
        for (var octet = 0; octet < Length; octet++)
        {
            var at = octet * 3;
            if (octet > 0 && s[at - 1] != separator)
            {
                return false;
            }
            if (!byte.TryParse(s.Slice(at, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var b))
            {
                return false;
            }
            value = (value << 8) | b;
        }
        result = new MacAddress(value);
        return true;
    }

    /// <summary>Upper-case hex octets separated by colons, e.g. <c>00:17:A4:77:00:10</c>.</summary>
    public override string ToString() => Format(':', upperCase: true);

    /// <summary>Lower-case hex octets separated by dots, e.g. <c>00.17.a4.77.00.10</c>, the form inside the default initiator name (G
    /// p.8).</summary>
    public string ToDottedLowerCase() => Format('.', upperCase: false);

    /// <summary>Hex octets separated by <paramref name="separator"/>.</summary>
    public string Format(char separator, bool upperCase)
    {
        Span<byte> bytes = stackalloc byte[Length];
        WriteTo(bytes);
        var hex = upperCase ? "X2" : "x2";
        return string.Join(separator, bytes.ToArray().Select(b => b.ToString(hex, CultureInfo.InvariantCulture)));
    }

    /// <inheritdoc/>
    public int CompareTo(MacAddress other) => _value.CompareTo(other._value);
}
