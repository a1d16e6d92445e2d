using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Globalization;
using FlexFabricSim.Net.Ethernet;

namespace FlexFabricSim.Net.Dhcp6;

/// <summary>A DHCP Unique Identifier (RFC 8415 §11): a 2-byte type then type-specific bytes, compared as bytes.</summary>
public sealed record Dhcp6Duid(ImmutableArray<byte> Bytes)
{
    /// <summary>DUID-LLT: link-layer address plus time (RFC 8415 §11.2).</summary>
    public const ushort LinkLayerPlusTimeType = 1;

    /// <summary>DUID-EN: enterprise number plus identifier (RFC 8415 §11.3).</summary>
    public const ushort EnterpriseType = 2;

    /// <summary>DUID-LL: link-layer address (RFC 8415 §11.4).</summary>
    public const ushort LinkLayerType = 3;

    /// <summary>The largest DUID: 2-byte type plus 128 bytes (RFC 8415 §11.1).</summary>
    public const int MaxLength = 130;

    /// <summary>The DUID's bytes; a default array is read as empty.</summary>
    public ImmutableArray<byte> Bytes { get; init; } = Bytes.IsDefault ? [] : Bytes;

    /// <summary>The DUID type (first two bytes), or null when shorter than 2 bytes.</summary>
    public ushort? Type => Bytes.Length >= 2 ? BinaryPrimitives.ReadUInt16BigEndian(Bytes.AsSpan()) : null;

    /// <summary>A DUID-LL for an Ethernet port: stable without a clock, which a boot ROM lacks (RFC 8415 §11.4).</summary>
    public static Dhcp6Duid FromLinkLayer(MacAddress address)
    {
        var mac = address.ToArray();
        var bytes = new byte[4 + mac.Length];
        BinaryPrimitives.WriteUInt16BigEndian(bytes, LinkLayerType);
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(2), 1); // hardware type 1: Ethernet (RFC 826)
        mac.CopyTo(bytes, 4);
        return new Dhcp6Duid([.. bytes]);
    }

    /// <summary>The DUID as a client/server id option.</summary>
    public Dhcp6Option ToOption(Dhcp6OptionCode code) => new(code, Bytes);

    /// <inheritdoc />
    public bool Equals(Dhcp6Duid? other) => other is not null && Bytes.AsSpan().SequenceEqual(other.Bytes.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Bytes.AsSpan());
        return hash.ToHashCode();
    }

    /// <summary>The bytes as colon-separated hex, as dhclient and Kea print DUIDs.</summary>
    public override string ToString() => string.Join(':', Bytes.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
}
