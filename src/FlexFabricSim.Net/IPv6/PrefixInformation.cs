using System.Buffers.Binary;
using System.Net;

namespace FlexFabricSim.Net.IPv6;

/// <summary>A Prefix Information option of a router advertisement (RFC 4861 §4.6.2): what SLAAC builds addresses from.</summary>
public sealed record PrefixInformation
{
    /// <summary>Length of the option on the wire.</summary>
    public const int Length = 32;

    /// <summary>Lifetime value meaning "infinity" (RFC 4861 §4.6.2).</summary>
    public const uint Infinite = uint.MaxValue;

    /// <summary>Number of leading bits of <see cref="Prefix"/> that are valid (0-128).</summary>
    public required byte PrefixLength { get; init; }

    /// <summary>The L flag: the prefix is on-link.</summary>
    public bool OnLink { get; init; }

    /// <summary>The A flag: the prefix may be used for stateless address autoconfiguration (RFC 4862 §5.5.3).</summary>
    public bool Autonomous { get; init; }

    /// <summary>Valid lifetime in seconds.</summary>
    public uint ValidLifetime { get; init; }

    /// <summary>Preferred lifetime in seconds.</summary>
    public uint PreferredLifetime { get; init; }

    /// <summary>The prefix (bits after <see cref="PrefixLength"/> are to be ignored).</summary>
    public required IPAddress Prefix { get; init; }

    internal void WriteTo(Span<byte> destination)
    {
        var option = destination[..Length];
        option[0] = (byte)NdOptionType.PrefixInformation;
        option[1] = Length / 8;
        option[2] = PrefixLength;
        option[3] = (byte)((OnLink ? 0x80 : 0) | (Autonomous ? 0x40 : 0));
        BinaryPrimitives.WriteUInt32BigEndian(option[4..], ValidLifetime);
        BinaryPrimitives.WriteUInt32BigEndian(option[8..], PreferredLifetime);
        option.Slice(12, 4).Clear();
        Prefix.TryWriteBytes(option[16..], out _);
    }

    internal static PrefixInformation Read(ReadOnlySpan<byte> option) => new()
    {
        PrefixLength = option[2],
        OnLink = (option[3] & 0x80) != 0,
        Autonomous = (option[3] & 0x40) != 0,
        ValidLifetime = BinaryPrimitives.ReadUInt32BigEndian(option[4..]),
        PreferredLifetime = BinaryPrimitives.ReadUInt32BigEndian(option[8..]),
        Prefix = new IPAddress(option.Slice(16, 16)),
    };
}
