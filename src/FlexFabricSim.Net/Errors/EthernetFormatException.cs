using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace FlexFabricSim.Net.Errors;

/// <summary>Thrown for a malformed Ethernet II frame (with or without 802.1Q tags); see <see cref="EthernetFormatReason"/>.</summary>
public sealed class EthernetFormatException : WireFormatException<EthernetFormatReason>
{
    /// <summary>Creates the exception for <paramref name="reason"/> at <paramref name="offset"/> with the offending bytes.</summary>
    public EthernetFormatException(EthernetFormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null)
        : base("Ethernet", reason, offset, detail, explanation)
    {
    }

    /// <summary>Throws a new <see cref="EthernetFormatException"/>; the single throw site of the Ethernet decoders.</summary>
    [DoesNotReturn]
    [StackTraceHidden]
    internal static void Reject(EthernetFormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null) =>
        throw new EthernetFormatException(reason, offset, detail, explanation);
}
