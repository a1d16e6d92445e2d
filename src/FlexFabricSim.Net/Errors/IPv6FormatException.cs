using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace FlexFabricSim.Net.Errors;

/// <summary>Thrown for a malformed IPv6 header or extension header chain (RFC 8200); see <see cref="IPv6FormatReason"/>.</summary>
public sealed class IPv6FormatException : WireFormatException<IPv6FormatReason>
{
    /// <summary>Creates the exception for <paramref name="reason"/> at <paramref name="offset"/> with the offending bytes.</summary>
    public IPv6FormatException(IPv6FormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null)
        : base("IPv6", reason, offset, detail, explanation)
    {
    }

    /// <summary>Throws a new <see cref="IPv6FormatException"/>; the single throw site of the IPv6 decoders.</summary>
    [DoesNotReturn]
    [StackTraceHidden]
    internal static void Reject(IPv6FormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null) =>
        throw new IPv6FormatException(reason, offset, detail, explanation);
}
