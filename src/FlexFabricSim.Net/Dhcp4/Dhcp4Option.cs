using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FlexFabricSim.Net.Dhcp4;

/// <summary>One DHCPv4 option as it appears on the wire: a code and its data (RFC 2132 §2).</summary>
/// <remarks>Two options are equal when their codes and data bytes are equal.</remarks>
public sealed record Dhcp4Option(Dhcp4OptionCode Code, ImmutableArray<byte> Data)
{
    /// <summary>The option's data; a default array is read as empty.</summary>
    public ImmutableArray<byte> Data { get; init; } = Data.IsDefault ? [] : Data;

    /// <summary>An option holding raw bytes.</summary>
    public static Dhcp4Option FromBytes(Dhcp4OptionCode code, ReadOnlySpan<byte> data) => new(code, [.. data]);

    /// <summary>An option holding one byte (message type, overload).</summary>
    public static Dhcp4Option FromByte(Dhcp4OptionCode code, byte value) => new(code, [value]);

    /// <summary>An option holding a 16-bit number, big-endian.</summary>
    public static Dhcp4Option FromUInt16(Dhcp4OptionCode code, ushort value)
    {
        Span<byte> data = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(data, value);
        return FromBytes(code, data);
    }

    /// <summary>An option holding a 32-bit number, big-endian (lease, T1, T2 times in seconds).</summary>
    public static Dhcp4Option FromUInt32(Dhcp4OptionCode code, uint value)
    {
        Span<byte> data = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(data, value);
        return FromBytes(code, data);
    }

    /// <summary>An option holding one or more IPv4 addresses (subnet mask, routers, DNS servers, server id).</summary>
    public static Dhcp4Option FromAddresses(Dhcp4OptionCode code, params IEnumerable<IPAddress> addresses)
    {
        var builder = ImmutableArray.CreateBuilder<byte>();
        foreach (var address in addresses)
        {
            if (address.AddressFamily != AddressFamily.InterNetwork)
            {
                throw new ArgumentException($"{address} is not an IPv4 address", nameof(addresses));
            }
            builder.AddRange(address.GetAddressBytes());
        }
        return new Dhcp4Option(code, builder.ToImmutable());
    }

    /// <summary>An option holding text, written as UTF-8 without a terminating NUL (RFC 2132 §2: options are not NUL-terminated).</summary>
    public static Dhcp4Option FromString(Dhcp4OptionCode code, string text) => new(code, [.. Encoding.UTF8.GetBytes(text)]);

    /// <inheritdoc />
    public bool Equals(Dhcp4Option? other) =>
        other is not null && Code == other.Code && Data.AsSpan().SequenceEqual(other.Data.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Code);
        hash.AddBytes(Data.AsSpan());
        return hash.ToHashCode();
    }

    /// <summary>The code and the data in hex, for traces.</summary>
    public override string ToString() => $"{Code}({(byte)Code}) [{Data.Length}] {Convert.ToHexString(Data.AsSpan())}";
}
