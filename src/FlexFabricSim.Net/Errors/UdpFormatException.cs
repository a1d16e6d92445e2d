using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace FlexFabricSim.Net.Errors;

/// <summary>Thrown for a malformed UDP datagram (RFC 768); see <see cref="UdpFormatReason"/>.</summary>
public sealed class UdpFormatException : WireFormatException<UdpFormatReason>
{
    /// <summary>Creates the exception for <paramref name="reason"/> at <paramref name="offset"/> with the offending bytes.</summary>
    public UdpFormatException(UdpFormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null)
        : base("UDP", reason, offset, detail, explanation)
    {
    }

    /// <summary>Throws a new <see cref="UdpFormatException"/>; the single throw site of the UDP decoders.</summary>
    [DoesNotReturn]
    [StackTraceHidden]
    internal static void Reject(UdpFormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null) =>
        throw new UdpFormatException(reason, offset, detail, explanation);
}
