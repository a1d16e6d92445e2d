using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace FlexFabricSim.Net.Errors;

/// <summary>Thrown for a malformed TCP segment (RFC 9293); see <see cref="TcpFormatReason"/>.</summary>
public sealed class TcpFormatException : WireFormatException<TcpFormatReason>
{
    /// <summary>Creates the exception for <paramref name="reason"/> at <paramref name="offset"/> with the offending bytes.</summary>
    public TcpFormatException(TcpFormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null)
        : base("TCP", reason, offset, detail, explanation)
    {
    }

    /// <summary>Throws a new <see cref="TcpFormatException"/>; the single throw site of the TCP decoders.</summary>
    [DoesNotReturn]
    [StackTraceHidden]
    internal static void Reject(TcpFormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null) =>
        throw new TcpFormatException(reason, offset, detail, explanation);
}
