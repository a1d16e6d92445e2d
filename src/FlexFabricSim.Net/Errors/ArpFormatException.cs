using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace FlexFabricSim.Net.Errors;

/// <summary>Thrown for a malformed ARP packet (RFC 826); see <see cref="ArpFormatReason"/>.</summary>
public sealed class ArpFormatException : WireFormatException<ArpFormatReason>
{
    /// <summary>Creates the exception for <paramref name="reason"/> at <paramref name="offset"/> with the offending bytes.</summary>
    public ArpFormatException(ArpFormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null)
        : base("ARP", reason, offset, detail, explanation)
    {
    }

    /// <summary>Throws a new <see cref="ArpFormatException"/>; the single throw site of the ARP decoders.</summary>
    [DoesNotReturn]
    [StackTraceHidden]
    internal static void Reject(ArpFormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null) =>
        throw new ArpFormatException(reason, offset, detail, explanation);
}
