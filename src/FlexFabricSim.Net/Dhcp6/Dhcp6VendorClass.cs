using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Text;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Dhcp6;

/// <summary>
/// A Vendor Class option's contents: enterprise number, then class data items each with a 2-byte length (RFC 8415 §21.16).
/// </summary>
/// <remarks>The adapter sends <c>0000113d 0009 "BRCM ISAN"</c> (SPEC; Kea's bytes in notes/dhcp-servers.md). G p.11 omits the enterprise
/// number.</remarks>
public sealed record Dhcp6VendorClass
{
    /// <summary>The IANA enterprise number.</summary>
    public uint EnterpriseNumber { get; init; }

    /// <summary>The vendor-class-data items, each an opaque string.</summary>
    public ImmutableArray<ImmutableArray<byte>> Items { get; init; } = [];

    /// <summary>The items as text (UTF-8).</summary>
    public IReadOnlyList<string> ItemTexts => [.. Items.Select(i => Encoding.UTF8.GetString(i.AsSpan()))];

    /// <summary>A vendor class with text items.</summary>
    public static Dhcp6VendorClass FromText(uint enterpriseNumber, params IEnumerable<string> items) =>
        new() { EnterpriseNumber = enterpriseNumber, Items = [.. items.Select(t => ImmutableArray.Create(Encoding.UTF8.GetBytes(t)))] };

    /// <summary>Reads the option data; <paramref name="offset"/> locates it in the decoded unit for errors.</summary>
    /// <exception cref="DhcpFormatException">Shorter than the enterprise number, or an item runs past the option.</exception>
    public static Dhcp6VendorClass Decode(ReadOnlySpan<byte> data, int offset = 0)
    {
        if (data.Length < 4)
        {
            DhcpFormatException.Reject6(DhcpFormatReason.BadOptionLength, offset, data, "a vendor class needs a 4-byte enterprise number");
        }
        var items = ImmutableArray.CreateBuilder<ImmutableArray<byte>>();
        var position = 4;
        while (position < data.Length)
        {
            if (position + 2 > data.Length)
            {
                DhcpFormatException.Reject6(DhcpFormatReason.TruncatedSubOption, offset + position, data,
                    "vendor class item without its 2-byte length");
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(data[position..]);
            if (position + 2 + length > data.Length)
            {
                DhcpFormatException.Reject6(DhcpFormatReason.TruncatedSubOption, offset + position, data,
                    $"vendor class item says {length} bytes, {data.Length - position - 2} remain");
            }
            items.Add([.. data.Slice(position + 2, length)]);
            position += 2 + length;
        }
        return new Dhcp6VendorClass { EnterpriseNumber = BinaryPrimitives.ReadUInt32BigEndian(data), Items = items.ToImmutable() };
    }

    /// <summary>The vendor class as option 16.</summary>
    public Dhcp6Option ToOption()
    {
        var data = new byte[4 + Items.Sum(i => 2 + i.Length)];
        BinaryPrimitives.WriteUInt32BigEndian(data, EnterpriseNumber);
        var position = 4;
        foreach (var item in Items)
        {
            BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(position), checked((ushort)item.Length));
            item.AsSpan().CopyTo(data.AsSpan(position + 2));
            position += 2 + item.Length;
        }
        return new Dhcp6Option(Dhcp6OptionCode.VendorClass, [.. data]);
    }

    /// <inheritdoc />
    public bool Equals(Dhcp6VendorClass? other) =>
        other is not null && EnterpriseNumber == other.EnterpriseNumber && Items.Length == other.Items.Length
        && Items.Zip(other.Items).All(p => p.First.AsSpan().SequenceEqual(p.Second.AsSpan()));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(EnterpriseNumber, Items.Length);
}
