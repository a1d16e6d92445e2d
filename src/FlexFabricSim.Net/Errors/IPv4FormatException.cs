using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace FlexFabricSim.Net.Errors;

/// <summary>Thrown for a malformed IPv4 header (RFC 791); see <see cref="IPv4FormatReason"/>.</summary>
public sealed class IPv4FormatException : WireFormatException<IPv4FormatReason>
{
    /// <summary>Creates the exception for <paramref name="reason"/> at <paramref name="offset"/> with the offending bytes.</summary>
    public IPv4FormatException(IPv4FormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null)
        : base("IPv4", reason, offset, detail, explanation)
    {
    }

    /// <summary>Throws a new <see cref="IPv4FormatException"/>; the single throw site of the IPv4 decoders.</summary>
    [DoesNotReturn]
    [StackTraceHidden]
    internal static void Reject(IPv4FormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null) =>
        throw new IPv4FormatException(reason, offset, detail, explanation);
}
