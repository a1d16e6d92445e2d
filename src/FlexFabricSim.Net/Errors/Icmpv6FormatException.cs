using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace FlexFabricSim.Net.Errors;

/// <summary>Thrown for a malformed ICMPv6 message or Neighbor Discovery option (RFC 4443, RFC 4861); see <see cref="Icmpv6FormatReason"/>.</summary>
public sealed class Icmpv6FormatException : WireFormatException<Icmpv6FormatReason>
{
    /// <summary>Creates the exception for <paramref name="reason"/> at <paramref name="offset"/> with the offending bytes.</summary>
    public Icmpv6FormatException(Icmpv6FormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null)
        : base("ICMPv6", reason, offset, detail, explanation)
    {
    }

    /// <summary>Throws a new <see cref="Icmpv6FormatException"/>; the single throw site of the ICMPv6 decoders.</summary>
    [DoesNotReturn]
    [StackTraceHidden]
    internal static void Reject(Icmpv6FormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null) =>
        throw new Icmpv6FormatException(reason, offset, detail, explanation);
}
