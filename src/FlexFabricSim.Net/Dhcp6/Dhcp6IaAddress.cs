using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Net;
using System.Net.Sockets;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Dhcp6;

/// <summary>An IA Address option's contents: an address, its lifetimes and nested options (RFC 8415 §21.6).</summary>
/// <remarks>DHCPv6 gives no prefix length: the on-link prefix comes from Router Advertisements (RFC 8415 §21.6, RFC 4861).</remarks>
public sealed record Dhcp6IaAddress
{
    /// <summary>Bytes before the nested options: address 16, preferred 4, valid 4.</summary>
    public const int FixedLength = 24;

    /// <summary>The assigned address.</summary>
    public required IPAddress Address { get; init; }

    /// <summary>Preferred lifetime in seconds; 0xffffffff is infinite (RFC 8415 §7.7).</summary>
    public uint PreferredLifetimeSeconds { get; init; }

    /// <summary>Valid lifetime in seconds; 0xffffffff is infinite.</summary>
    public uint ValidLifetimeSeconds { get; init; }

    /// <summary>Nested options (a Status Code, in practice).</summary>
    public ImmutableArray<Dhcp6Option> Options { get; init; } = [];

    /// <summary>The nested Status Code, if any.</summary>
    public Dhcp6Status? Status =>
        Options.FirstOrDefault(o => o.Code == Dhcp6OptionCode.StatusCode) is { } o ? Dhcp6Status.Decode(o.Data.AsSpan()) : null;

    /// <summary>Reads the option data; <paramref name="offset"/> locates it in the decoded unit for errors.</summary>
    /// <exception cref="DhcpFormatException">Too short, or a nested option is malformed.</exception>
    public static Dhcp6IaAddress Decode(ReadOnlySpan<byte> data, int offset = 0)
    {
        if (data.Length < FixedLength)
        {
            DhcpFormatException.Reject6(DhcpFormatReason.BadOptionLength, offset, data, $"an IA address needs {FixedLength} bytes");
        }
        var nested = Dhcp6OptionList.Read(data[FixedLength..], offset + FixedLength);
        Dhcp6OptionRules.Validate(nested);
        return new Dhcp6IaAddress
        {
            Address = new IPAddress(data[..16]),
            PreferredLifetimeSeconds = BinaryPrimitives.ReadUInt32BigEndian(data[16..]),
            ValidLifetimeSeconds = BinaryPrimitives.ReadUInt32BigEndian(data[20..]),
            Options = [.. nested.Select(n => n.Option)],
        };
    }

    /// <summary>The address as option 5.</summary>
    /// <exception cref="ArgumentException"><see cref="Address"/> is not IPv6.</exception>
    public Dhcp6Option ToOption()
    {
        if (Address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            throw new ArgumentException($"{Address} is not an IPv6 address", nameof(Address));
        }
        var data = new byte[FixedLength + Dhcp6OptionList.GetEncodedLength(Options)];
        Address.TryWriteBytes(data, out _);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(16), PreferredLifetimeSeconds);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(20), ValidLifetimeSeconds);
        Dhcp6OptionList.Write(data.AsSpan(FixedLength), Options);
        return new Dhcp6Option(Dhcp6OptionCode.IaAddress, [.. data]);
    }

    /// <inheritdoc />
    public bool Equals(Dhcp6IaAddress? other) =>
        other is not null && Address.Equals(other.Address) && PreferredLifetimeSeconds == other.PreferredLifetimeSeconds
        && ValidLifetimeSeconds == other.ValidLifetimeSeconds && Options.AsSpan().SequenceEqual(other.Options.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Address, PreferredLifetimeSeconds, ValidLifetimeSeconds, Options.Length);
}
