namespace FlexFabricSim.Net.Errors;

/// <summary>A <see cref="WireFormatException"/> whose cause is a member of a protocol family's reason enum.</summary>
/// <typeparam name="TReason">The family's reason enum (for example <see cref="TcpFormatReason"/>).</typeparam>
public abstract class WireFormatException<TReason> : WireFormatException
    where TReason : struct, Enum
{
    /// <summary>Creates the exception; the message starts with the protocol name and the reason.</summary>
    /// <param name="protocol">Short protocol name shown first in the message ("TCP", "IPv4").</param>
    /// <param name="reason">Why the input was rejected.</param>
    /// <param name="offset">Offset of the offending field from the start of the decoded unit.</param>
    /// <param name="detail">The offending bytes; capped at <see cref="WireFormatException.MaxDetailBytes"/>.</param>
    /// <param name="explanation">Optional extra words after the reason.</param>
    protected WireFormatException(string protocol, TReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null)
        : base(explanation is null ? $"{protocol}: {reason}" : $"{protocol}: {reason}: {explanation}", offset, detail)
    {
        Reason = reason;
    }

    /// <summary>Why the input was rejected; tests assert on it, drop counters are keyed by it.</summary>
    public TReason Reason { get; }

    /// <inheritdoc />
    public override string ReasonName => Reason.ToString();
}
