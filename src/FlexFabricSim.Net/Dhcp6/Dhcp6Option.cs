using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Net;
using System.Net.Sockets;

namespace FlexFabricSim.Net.Dhcp6;

/// <summary>One DHCPv6 option as on the wire: 2-byte code, 2-byte length, data (RFC 8415 §21.1).</summary>
/// <remarks>Two options are equal when their codes and data bytes are equal.</remarks>
public sealed record Dhcp6Option(Dhcp6OptionCode Code, ImmutableArray<byte> Data)
{
    /// <summary>The option's data; a default array is read as empty.</summary>
    public ImmutableArray<byte> Data { get; init; } = Data.IsDefault ? [] : Data;

    /// <summary>An option holding raw bytes.</summary>
    public static Dhcp6Option FromBytes(Dhcp6OptionCode code, ReadOnlySpan<byte> data) => new(code, [.. data]);

    /// <summary>An option holding a 16-bit number (elapsed time), big-endian.</summary>
    public static Dhcp6Option FromUInt16(Dhcp6OptionCode code, ushort value)
    {
        Span<byte> data = stackalloc byte[2];
        BinaryPrimitives.WriteUInt16BigEndian(data, value);
        return FromBytes(code, data);
    }

    /// <summary>An option request listing <paramref name="codes"/> (RFC 8415 §21.7).</summary>
    public static Dhcp6Option OptionRequest(params IEnumerable<Dhcp6OptionCode> codes)
    {
        var list = codes.ToArray();
        var data = new byte[2 * list.Length];
        for (var i = 0; i < list.Length; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(2 * i), (ushort)list[i]);
        }
        return new Dhcp6Option(Dhcp6OptionCode.OptionRequest, [.. data]);
    }

    /// <summary>An option holding IPv6 addresses (DNS servers, RFC 3646 §3).</summary>
    public static Dhcp6Option FromAddresses(Dhcp6OptionCode code, params IEnumerable<IPAddress> addresses)
    {
        var builder = ImmutableArray.CreateBuilder<byte>();
        foreach (var address in addresses)
        {
            if (address.AddressFamily != AddressFamily.InterNetworkV6)
            {
                throw new ArgumentException($"{address} is not an IPv6 address", nameof(addresses));
            }
            builder.AddRange(address.GetAddressBytes());
        }
        return new Dhcp6Option(code, builder.ToImmutable());
    }

    /// <inheritdoc />
    public bool Equals(Dhcp6Option? other) =>
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
    public override string ToString() => $"{Code}({(ushort)Code}) [{Data.Length}] {Convert.ToHexString(Data.AsSpan())}";
}
