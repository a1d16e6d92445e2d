using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace FlexFabricSim.Net.Errors;

/// <summary>Thrown for a malformed iSCSI Boot Firmware Table; see <see cref="IbftFormatReason"/>.</summary>
public sealed class IbftFormatException : WireFormatException<IbftFormatReason>
{
    /// <summary>Creates the exception for <paramref name="reason"/> at <paramref name="offset"/> with the offending bytes.</summary>
    public IbftFormatException(IbftFormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null)
        : base("iBFT", reason, offset, detail, explanation)
    {
    }

    /// <summary>Throws a new <see cref="IbftFormatException"/>; the single throw site of the iBFT parser.</summary>
    [DoesNotReturn]
    [StackTraceHidden]
    internal static void Reject(IbftFormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null) =>
        throw new IbftFormatException(reason, offset, detail, explanation);
}
