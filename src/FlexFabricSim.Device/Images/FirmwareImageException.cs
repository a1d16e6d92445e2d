using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace FlexFabricSim.Device.Images;

/// <summary>The one exception for bytes that are not a usable firmware image; <see cref="Reason"/> says which kind of problem.</summary>
public sealed class FirmwareImageException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FirmwareImageException(FirmwareImageReason reason, string message, long? offset = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Reason = reason;
        Offset = offset;
    }

    /// <summary>What kind of problem.</summary>
    public FirmwareImageReason Reason { get; }

    /// <summary>The byte offset the problem was found at, when one applies.</summary>
    public long? Offset { get; }

    [DoesNotReturn]
    [StackTraceHidden]
    internal static void Throw(FirmwareImageReason reason, string message, long? offset = null, Exception? inner = null) =>
        throw new FirmwareImageException(reason, message, offset, inner);
}
