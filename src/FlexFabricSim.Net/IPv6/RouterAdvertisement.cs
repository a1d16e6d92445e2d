using System.Buffers.Binary;
using System.Net;

namespace FlexFabricSim.Net.IPv6;

/// <summary>A router advertisement (RFC 4861 §4.2): the router's lifetime, flags for DHCPv6 and the prefixes for SLAAC.</summary>
public sealed record RouterAdvertisement
{
    private const int FixedLength = 16;

    /// <summary>Hop limit the router suggests (0 = unspecified).</summary>
    public byte CurrentHopLimit { get; init; }

    /// <summary>The M flag: addresses are available by DHCPv6 (RFC 4861 §4.2).</summary>
    public bool ManagedAddressConfiguration { get; init; }

    /// <summary>The O flag: other configuration (DNS, boot parameters) is available by DHCPv6.</summary>
    public bool OtherConfiguration { get; init; }

    /// <summary>Seconds the router may serve as default router; 0 = not a default router.</summary>
    public ushort RouterLifetime { get; init; }

    /// <summary>Reachable time in milliseconds (0 = unspecified).</summary>
    public uint ReachableTime { get; init; }

    /// <summary>Retransmission timer for neighbour solicitations in milliseconds (0 = unspecified).</summary>
    public uint RetransmitTimer { get; init; }

    /// <summary>Options: source link-layer address, MTU, prefixes.</summary>
    public NdOptions Options { get; init; } = NdOptions.None;

    /// <summary>Length of the whole ICMPv6 message.</summary>
    public int GetEncodedLength() => FixedLength + Options.GetEncodedLength();

    /// <summary>Writes the whole ICMPv6 message with its checksum and returns its length.</summary>
    public int WriteTo(Span<byte> destination, IPAddress source, IPAddress target)
    {
        var message = NdMessage.Begin(destination, Icmpv6Type.RouterAdvertisement, GetEncodedLength(), FixedLength);
        message[4] = CurrentHopLimit;
        message[5] = (byte)((ManagedAddressConfiguration ? 0x80 : 0) | (OtherConfiguration ? 0x40 : 0));
        BinaryPrimitives.WriteUInt16BigEndian(message[6..], RouterLifetime);
        BinaryPrimitives.WriteUInt32BigEndian(message[8..], ReachableTime);
        BinaryPrimitives.WriteUInt32BigEndian(message[12..], RetransmitTimer);
        Options.WriteTo(message[FixedLength..]);
        return NdMessage.Finish(message, source, target);
    }

    /// <summary>Decodes a whole ICMPv6 message whose checksum was already verified.</summary>
    /// <exception cref="Errors.Icmpv6FormatException">Too short, a non-zero code, or bad options.</exception>
    public static RouterAdvertisement Decode(ReadOnlySpan<byte> message)
    {
        NdMessage.Validate(message, Icmpv6Type.RouterAdvertisement, FixedLength);
        return new RouterAdvertisement
        {
            CurrentHopLimit = message[4],
            ManagedAddressConfiguration = (message[5] & 0x80) != 0,
            OtherConfiguration = (message[5] & 0x40) != 0,
            RouterLifetime = BinaryPrimitives.ReadUInt16BigEndian(message[6..]),
            ReachableTime = BinaryPrimitives.ReadUInt32BigEndian(message[8..]),
            RetransmitTimer = BinaryPrimitives.ReadUInt32BigEndian(message[12..]),
            Options = NdOptions.Read(message, FixedLength),
        };
    }
}
