using System.Collections.Immutable;

namespace FlexFabricSim.Net.Dhcp6;

/// <summary>One sub-option of a DHCPv6 Vendor-specific Information option: 2-byte code, 2-byte length, data (RFC 8415 §21.17).</summary>
/// <remarks>Two sub-options are equal when their codes and data bytes are equal.</remarks>
public sealed record Dhcp6VendorSubOption(ushort Code, ImmutableArray<byte> Data)
{
    /// <summary>The sub-option's data; a default array is read as empty.</summary>
    public ImmutableArray<byte> Data { get; init; } = Data.IsDefault ? [] : Data;

    /// <inheritdoc />
    public bool Equals(Dhcp6VendorSubOption? other) =>
        other is not null && Code == other.Code && Data.AsSpan().SequenceEqual(other.Data.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Code);
        hash.AddBytes(Data.AsSpan());
        return hash.ToHashCode();
    }
}
