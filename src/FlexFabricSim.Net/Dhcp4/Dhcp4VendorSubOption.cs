using System.Collections.Immutable;

namespace FlexFabricSim.Net.Dhcp4;

/// <summary>One encapsulated sub-option of DHCPv4 option 43: 1-byte code, 1-byte length, data (RFC 2132 §8.4).</summary>
/// <remarks>Two sub-options are equal when their codes and data bytes are equal.</remarks>
public sealed record Dhcp4VendorSubOption(byte Code, ImmutableArray<byte> Data)
{
    /// <summary>The sub-option's data; a default array is read as empty.</summary>
    public ImmutableArray<byte> Data { get; init; } = Data.IsDefault ? [] : Data;

    /// <inheritdoc />
    public bool Equals(Dhcp4VendorSubOption? other) =>
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
