using System.Buffers.Binary;
using System.Collections.Immutable;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Dhcp6;

/// <summary>An IA_NA option's contents: the IAID, T1/T2 and nested IA Address / Status Code options (RFC 8415 §21.4).</summary>
public sealed record Dhcp6IaNa
{
    /// <summary>Bytes before the nested options: IAID 4, T1 4, T2 4.</summary>
    public const int FixedLength = 12;

    /// <summary>The identity association id, chosen by the client.</summary>
    public uint Iaid { get; init; }

    /// <summary>T1 in seconds: when to renew with the same server; 0 leaves it to the client.</summary>
    public uint T1Seconds { get; init; }

    /// <summary>T2 in seconds: when to rebind with any server.</summary>
    public uint T2Seconds { get; init; }

    /// <summary>Nested options: IA Address (5), Status Code (13).</summary>
    public ImmutableArray<Dhcp6Option> Options { get; init; } = [];

    /// <summary>The nested addresses.</summary>
    public IReadOnlyList<Dhcp6IaAddress> Addresses =>
        [.. Options.Where(o => o.Code == Dhcp6OptionCode.IaAddress).Select(o => Dhcp6IaAddress.Decode(o.Data.AsSpan()))];

    /// <summary>The nested Status Code, if any (NoAddrsAvail when the server has nothing to give).</summary>
    public Dhcp6Status? Status =>
        Options.FirstOrDefault(o => o.Code == Dhcp6OptionCode.StatusCode) is { } o ? Dhcp6Status.Decode(o.Data.AsSpan()) : null;

    /// <summary>Reads the option data; <paramref name="offset"/> locates it in the decoded unit for errors.</summary>
    /// <exception cref="DhcpFormatException">Too short, or a nested option is malformed.</exception>
    public static Dhcp6IaNa Decode(ReadOnlySpan<byte> data, int offset = 0)
    {
        if (data.Length < FixedLength)
        {
            DhcpFormatException.Reject6(DhcpFormatReason.BadOptionLength, offset, data, $"an IA_NA needs {FixedLength} bytes");
        }
        var nested = Dhcp6OptionList.Read(data[FixedLength..], offset + FixedLength);
        Dhcp6OptionRules.Validate(nested);
        return new Dhcp6IaNa
        {
            Iaid = BinaryPrimitives.ReadUInt32BigEndian(data),
            T1Seconds = BinaryPrimitives.ReadUInt32BigEndian(data[4..]),
            T2Seconds = BinaryPrimitives.ReadUInt32BigEndian(data[8..]),
            Options = [.. nested.Select(n => n.Option)],
        };
    }

    /// <summary>The IA as option 3.</summary>
    public Dhcp6Option ToOption()
    {
        var data = new byte[FixedLength + Dhcp6OptionList.GetEncodedLength(Options)];
        BinaryPrimitives.WriteUInt32BigEndian(data, Iaid);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(4), T1Seconds);
        BinaryPrimitives.WriteUInt32BigEndian(data.AsSpan(8), T2Seconds);
        Dhcp6OptionList.Write(data.AsSpan(FixedLength), Options);
        return new Dhcp6Option(Dhcp6OptionCode.IaNa, [.. data]);
    }

    /// <inheritdoc />
    public bool Equals(Dhcp6IaNa? other) =>
        other is not null && Iaid == other.Iaid && T1Seconds == other.T1Seconds && T2Seconds == other.T2Seconds
        && Options.AsSpan().SequenceEqual(other.Options.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Iaid, T1Seconds, T2Seconds, Options.Length);
}
