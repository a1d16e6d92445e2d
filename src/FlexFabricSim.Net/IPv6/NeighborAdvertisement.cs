using System.Net;

namespace FlexFabricSim.Net.IPv6;

/// <summary>A neighbour advertisement (RFC 4861 §4.4): the answer to a solicitation, or an unsolicited announcement.</summary>
public sealed record NeighborAdvertisement
{
    private const int FixedLength = 24;

    /// <summary>The R flag: the sender is a router.</summary>
    public bool Router { get; init; }

    /// <summary>The S flag: sent in response to a solicitation.</summary>
    public bool Solicited { get; init; }

    /// <summary>The O flag: the advertisement should override a cached link-layer address.</summary>
    public bool Override { get; init; }

    /// <summary>The address whose link-layer address is advertised.</summary>
    public required IPAddress TargetAddress { get; init; }

    /// <summary>The target link-layer address option.</summary>
    public NdOptions Options { get; init; } = NdOptions.None;

    /// <summary>Length of the whole ICMPv6 message.</summary>
    public int GetEncodedLength() => FixedLength + Options.GetEncodedLength();

    /// <summary>Writes the whole ICMPv6 message with its checksum and returns its length.</summary>
    public int WriteTo(Span<byte> destination, IPAddress source, IPAddress target)
    {
        var message = NdMessage.Begin(destination, Icmpv6Type.NeighborAdvertisement, GetEncodedLength(), FixedLength);
        message[4] = (byte)((Router ? 0x80 : 0) | (Solicited ? 0x40 : 0) | (Override ? 0x20 : 0));
        TargetAddress.TryWriteBytes(message[8..], out _);
        Options.WriteTo(message[FixedLength..]);
        return NdMessage.Finish(message, source, target);
    }

    /// <summary>Decodes a whole ICMPv6 message whose checksum was already verified.</summary>
    /// <exception cref="Errors.Icmpv6FormatException">Too short, a non-zero code, or bad options.</exception>
    public static NeighborAdvertisement Decode(ReadOnlySpan<byte> message)
    {
        NdMessage.Validate(message, Icmpv6Type.NeighborAdvertisement, FixedLength);
        return new NeighborAdvertisement
        {
            Router = (message[4] & 0x80) != 0,
            Solicited = (message[4] & 0x40) != 0,
            Override = (message[4] & 0x20) != 0,
            TargetAddress = new IPAddress(message.Slice(8, 16)),
            Options = NdOptions.Read(message, FixedLength),
        };
    }
}
