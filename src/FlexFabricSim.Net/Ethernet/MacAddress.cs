using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;

namespace FlexFabricSim.Net.Ethernet;

/// <summary>A 48-bit IEEE 802 MAC address, stored in the low 48 bits of a <see cref="ulong"/> (first octet most significant).</summary>
public readonly record struct MacAddress : ISpanFormattable
{
    /// <summary>Length of the address on the wire.</summary>
    public const int Length = 6;

    private const ulong Mask = 0xFFFF_FFFF_FFFFUL;

    /// <summary>Creates the address from its 48-bit value (first octet in bits 47..40).</summary>
    public MacAddress(ulong value)
    {
        if ((value & ~Mask) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "a MAC address has 48 bits");
        }

        Value = value;
    }

    /// <summary>The address as a 48-bit number.</summary>
    public ulong Value { get; }

    /// <summary>ff:ff:ff:ff:ff:ff.</summary>
    public static MacAddress Broadcast { get; } = new(Mask);

    /// <summary>00:00:00:00:00:00 (an unknown target in an ARP request).</summary>
    public static MacAddress Zero { get; } = default;

    /// <summary>Whether the group bit (least significant bit of the first octet) is set: multicast or broadcast.</summary>
    public bool IsMulticast => (Value & 0x0100_0000_0000UL) != 0;

    /// <summary>Whether this is the all-ones broadcast address.</summary>
    public bool IsBroadcast => Value == Mask;

    /// <summary>Reads six octets.</summary>
    public static MacAddress Read(ReadOnlySpan<byte> source) =>
        new(((ulong)BinaryPrimitives.ReadUInt16BigEndian(source) << 32) | BinaryPrimitives.ReadUInt32BigEndian(source[2..]));

    /// <summary>Writes six octets and returns 6.</summary>
    public int WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt16BigEndian(destination, (ushort)(Value >> 32));
        BinaryPrimitives.WriteUInt32BigEndian(destination[2..], (uint)Value);
        return Length;
    }

    /// <summary>The six octets as a new array.</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        WriteTo(bytes);
        return bytes;
    }

    /// <summary>The Ethernet group address for an IPv4 multicast group: 01:00:5e plus its low 23 bits (RFC 1112 §6.4).</summary>
    public static MacAddress ForIPv4Multicast(IPAddress group)
    {
        Span<byte> bytes = stackalloc byte[4];
        group.TryWriteBytes(bytes, out _);
        return new(0x0100_5E00_0000UL | (BinaryPrimitives.ReadUInt32BigEndian(bytes) & 0x7F_FFFF));
    }

    /// <summary>The Ethernet group address for an IPv6 multicast group: 33:33 plus its last 32 bits (RFC 2464 §7).</summary>
    public static MacAddress ForIPv6Multicast(IPAddress group)
    {
        Span<byte> bytes = stackalloc byte[16];
        group.TryWriteBytes(bytes, out _);
        return new(0x3333_0000_0000UL | BinaryPrimitives.ReadUInt32BigEndian(bytes[12..]));
    }

    /// <summary>Parses "aa:bb:cc:dd:ee:ff", "aa-bb-cc-dd-ee-ff" or "aabbccddeeff" (any case).</summary>
    public static MacAddress Parse(string text) =>
        TryParse(text, out var mac) ? mac : throw new FormatException($"'{text}' is not a MAC address (expected aa:bb:cc:dd:ee:ff)");

    /// <summary>Parses like <see cref="Parse"/>, returning false for anything else.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out MacAddress mac)
    {
        mac = default;
        if (text is null)
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        ulong value = 0;
        var digits = 0;
        char? separator = null;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c is ':' or '-')
            {
                // Separators only between octet pairs, and always the same one.
                if (digits % 2 != 0 || digits == 0 || digits == 12 || (separator is not null && separator != c))
                {
                    return false;
                }

                separator = c;
                continue;
            }

            if (!byte.TryParse(span.Slice(i, 1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var nibble) || digits == 12)
            {
                return false;
            }

            value = (value << 4) | nibble;
            digits++;
        }

        if (digits != 12 || (separator is not null && span.Length != 17))
        {
            return false;
        }

        mac = new MacAddress(value);
        return true;
    }

    /// <summary>Formats as lowercase "aa:bb:cc:dd:ee:ff".</summary>
    public override string ToString() => ToString(null, null);

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) => string.Create(17, Value, static (chars, value) =>
    {
        for (var i = 0; i < 6; i++)
        {
            var octet = (byte)(value >> (40 - (8 * i)));
            octet.TryFormat(chars.Slice(i * 3, 2), out _, "x2", CultureInfo.InvariantCulture);
            if (i < 5)
            {
                chars[(i * 3) + 2] = ':';
            }
        }
    });

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString();
        charsWritten = 0;
        if (!text.AsSpan().TryCopyTo(destination))
        {
            return false;
        }

        charsWritten = text.Length;
        return true;
    }
}
