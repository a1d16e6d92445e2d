using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Iscsi;

/// <summary>Thrown for a malformed iSCSI PDU or login/text data (RFC 7143); see <see cref="IscsiFormatReason"/>.</summary>
public sealed class IscsiFormatException : WireFormatException<IscsiFormatReason>
{
    /// <summary>Creates the exception for <paramref name="reason"/> at <paramref name="offset"/> with the offending bytes.</summary>
    public IscsiFormatException(IscsiFormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null)
        : base("iSCSI", reason, offset, detail, explanation)
    {
    }

    /// <summary>Throws a new <see cref="IscsiFormatException"/>; the single throw site of the iSCSI decoders.</summary>
    [DoesNotReturn]
    [StackTraceHidden]
    internal static void Reject(IscsiFormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null) =>
        throw new IscsiFormatException(reason, offset, detail, explanation);
}
