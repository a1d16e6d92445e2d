using System.Net;

namespace FlexFabricSim.Net.IPv6;

/// <summary>A router solicitation (RFC 4861 §4.1): sent to ff02::2 when the interface comes up, repeated per the host's settings.</summary>
public sealed record RouterSolicitation
{
    private const int FixedLength = 8;

    /// <summary>The source link-layer address option (omitted when the source is the unspecified address, §4.1).</summary>
    public NdOptions Options { get; init; } = NdOptions.None;

    /// <summary>Length of the whole ICMPv6 message.</summary>
    public int GetEncodedLength() => FixedLength + Options.GetEncodedLength();

    /// <summary>Writes the whole ICMPv6 message with its checksum and returns its length.</summary>
    public int WriteTo(Span<byte> destination, IPAddress source, IPAddress target)
    {
        var message = NdMessage.Begin(destination, Icmpv6Type.RouterSolicitation, GetEncodedLength(), FixedLength);
        Options.WriteTo(message[FixedLength..]);
        return NdMessage.Finish(message, source, target);
    }

    /// <summary>Decodes a whole ICMPv6 message whose checksum was already verified.</summary>
    /// <exception cref="Errors.Icmpv6FormatException">Too short, a non-zero code, or bad options.</exception>
    public static RouterSolicitation Decode(ReadOnlySpan<byte> message)
    {
        NdMessage.Validate(message, Icmpv6Type.RouterSolicitation, FixedLength);
        return new RouterSolicitation { Options = NdOptions.Read(message, FixedLength) };
    }
}
