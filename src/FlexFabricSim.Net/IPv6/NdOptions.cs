using System.Buffers.Binary;
using FlexFabricSim.Net.Errors;
using FlexFabricSim.Net.Ethernet;

namespace FlexFabricSim.Net.IPv6;

/// <summary>The Neighbor Discovery options of one message (RFC 4861 §4.6) that a host acts on; others are skipped.</summary>
public sealed record NdOptions
{
    private const int LinkLayerOptionLength = 8;
    private const int MtuOptionLength = 8;

    /// <summary>No options.</summary>
    public static NdOptions None { get; } = new();

    /// <summary>The sender's link-layer address.</summary>
    public MacAddress? SourceLinkLayerAddress { get; init; }

    /// <summary>The target's link-layer address.</summary>
    public MacAddress? TargetLinkLayerAddress { get; init; }

    /// <summary>The link MTU a router announces.</summary>
    public uint? Mtu { get; init; }

    /// <summary>Prefix information options, in order.</summary>
    public IReadOnlyList<PrefixInformation> Prefixes { get; init; } = [];

    /// <summary>Length of the options on the wire.</summary>
    public int GetEncodedLength() =>
        (SourceLinkLayerAddress is null ? 0 : LinkLayerOptionLength)
        + (TargetLinkLayerAddress is null ? 0 : LinkLayerOptionLength)
        + (Mtu is null ? 0 : MtuOptionLength)
        + (Prefixes.Count * PrefixInformation.Length);

    /// <summary>Writes the options and returns their length.</summary>
    public int WriteTo(Span<byte> destination)
    {
        var offset = 0;
        if (SourceLinkLayerAddress is { } source)
        {
            offset += WriteLinkLayer(destination[offset..], NdOptionType.SourceLinkLayerAddress, source);
        }

        if (TargetLinkLayerAddress is { } target)
        {
            offset += WriteLinkLayer(destination[offset..], NdOptionType.TargetLinkLayerAddress, target);
        }

        if (Mtu is { } mtu)
        {
            destination[offset] = (byte)NdOptionType.Mtu;
            destination[offset + 1] = 1;
            destination.Slice(offset + 2, 2).Clear();
            BinaryPrimitives.WriteUInt32BigEndian(destination[(offset + 4)..], mtu);
            offset += MtuOptionLength;
        }

        foreach (var prefix in Prefixes)
        {
            prefix.WriteTo(destination[offset..]);
            offset += PrefixInformation.Length;
        }

        return offset;
    }

    /// <summary>Reads the options that follow a message's fixed part.</summary>
    /// <param name="message">The whole ICMPv6 message (for offsets and detail in errors).</param>
    /// <param name="start">Where the options start.</param>
    /// <exception cref="Icmpv6FormatException">An option of length zero, one that runs past the message, or a malformed known option.</exception>
    public static NdOptions Read(ReadOnlySpan<byte> message, int start)
    {
        MacAddress? source = null;
        MacAddress? target = null;
        uint? mtu = null;
        List<PrefixInformation>? prefixes = null;
        var offset = start;
        while (offset < message.Length)
        {
            if (message.Length - offset < 2)
            {
                Icmpv6FormatException.Reject(Icmpv6FormatReason.BadOptionLength, offset, message);
            }

            var type = (NdOptionType)message[offset];
            var length = message[offset + 1] * 8;
            // RFC 4861 §4.6: a zero length must be discarded, else a receiver could loop forever.
            if (length == 0 || length > message.Length - offset)
            {
                Icmpv6FormatException.Reject(Icmpv6FormatReason.BadOptionLength, offset + 1, message[offset..]);
            }

            var option = message.Slice(offset, length);
            switch (type)
            {
                // Only Ethernet (6-byte) link-layer addresses exist on this link (RFC 2464 §6: length 1).
                case NdOptionType.SourceLinkLayerAddress when length == LinkLayerOptionLength:
                    source = MacAddress.Read(option[2..]);
                    break;
                case NdOptionType.TargetLinkLayerAddress when length == LinkLayerOptionLength:
                    target = MacAddress.Read(option[2..]);
                    break;
                case NdOptionType.Mtu when length == MtuOptionLength:
                    mtu = BinaryPrimitives.ReadUInt32BigEndian(option[4..]);
                    break;
                case NdOptionType.PrefixInformation:
                    if (length != PrefixInformation.Length)
                    {
                        Icmpv6FormatException.Reject(Icmpv6FormatReason.BadOptionLength, offset + 1, option);
                    }

                    if (option[2] > 128)
                    {
                        Icmpv6FormatException.Reject(Icmpv6FormatReason.BadPrefixLength, offset + 2, option);
                    }

                    (prefixes ??= []).Add(PrefixInformation.Read(option));
                    break;
                case NdOptionType.SourceLinkLayerAddress or NdOptionType.TargetLinkLayerAddress or NdOptionType.Mtu:
                    Icmpv6FormatException.Reject(Icmpv6FormatReason.BadOptionLength, offset + 1, option);
                    break;
                default:
                    // RFC 4861 §4.6: unrecognised options are skipped silently.
                    break;
            }

            offset += length;
        }

        if (source is null && target is null && mtu is null && prefixes is null)
        {
            return None;
        }

        return new NdOptions { SourceLinkLayerAddress = source, TargetLinkLayerAddress = target, Mtu = mtu, Prefixes = prefixes ?? [] };
    }

    /// <summary>Value equality, prefixes compared in order (a record would compare the list by reference).</summary>
    public bool Equals(NdOptions? other) =>
        other is not null
        && SourceLinkLayerAddress == other.SourceLinkLayerAddress
        && TargetLinkLayerAddress == other.TargetLinkLayerAddress
        && Mtu == other.Mtu
        && Prefixes.SequenceEqual(other.Prefixes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SourceLinkLayerAddress, TargetLinkLayerAddress, Mtu, Prefixes.Count);

    private static int WriteLinkLayer(Span<byte> destination, NdOptionType type, MacAddress address)
    {
        destination[0] = (byte)type;
        destination[1] = 1;
        address.WriteTo(destination[2..]);
        return LinkLayerOptionLength;
    }
}
