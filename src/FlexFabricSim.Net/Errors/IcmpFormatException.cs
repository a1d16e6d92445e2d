using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace FlexFabricSim.Net.Errors;

/// <summary>Thrown for a malformed ICMPv4 message (RFC 792); see <see cref="IcmpFormatReason"/>.</summary>
public sealed class IcmpFormatException : WireFormatException<IcmpFormatReason>
{
    /// <summary>Creates the exception for <paramref name="reason"/> at <paramref name="offset"/> with the offending bytes.</summary>
    public IcmpFormatException(IcmpFormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null)
        : base("ICMP", reason, offset, detail, explanation)
    {
    }

    /// <summary>Throws a new <see cref="IcmpFormatException"/>; the single throw site of the ICMP decoders.</summary>
    [DoesNotReturn]
    [StackTraceHidden]
    internal static void Reject(IcmpFormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null) =>
        throw new IcmpFormatException(reason, offset, detail, explanation);
}
