using System.Net;

namespace FlexFabricSim.Net.IPv6;

/// <summary>A neighbour solicitation (RFC 4861 §4.3): address resolution, unreachability detection, and duplicate address detection.</summary>
public sealed record NeighborSolicitation
{
    private const int FixedLength = 24;

    /// <summary>The address being resolved or checked.</summary>
    public required IPAddress TargetAddress { get; init; }

    /// <summary>The source link-layer address option (never sent from the unspecified address, §4.3).</summary>
    public NdOptions Options { get; init; } = NdOptions.None;

    /// <summary>Length of the whole ICMPv6 message.</summary>
    public int GetEncodedLength() => FixedLength + Options.GetEncodedLength();

    /// <summary>Writes the whole ICMPv6 message with its checksum and returns its length.</summary>
    public int WriteTo(Span<byte> destination, IPAddress source, IPAddress target)
    {
        var message = NdMessage.Begin(destination, Icmpv6Type.NeighborSolicitation, GetEncodedLength(), FixedLength);
        TargetAddress.TryWriteBytes(message[8..], out _);
        Options.WriteTo(message[FixedLength..]);
        return NdMessage.Finish(message, source, target);
    }

    /// <summary>Decodes a whole ICMPv6 message whose checksum was already verified.</summary>
    /// <exception cref="Errors.Icmpv6FormatException">Too short, a non-zero code, or bad options.</exception>
    public static NeighborSolicitation Decode(ReadOnlySpan<byte> message)
    {
        NdMessage.Validate(message, Icmpv6Type.NeighborSolicitation, FixedLength);
        return new NeighborSolicitation
        {
            TargetAddress = new IPAddress(message.Slice(8, 16)),
            Options = NdOptions.Read(message, FixedLength),
        };
    }
}
