using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace FlexFabricSim.Net.Errors;

/// <summary>Thrown for a malformed DHCPv4 or DHCPv6 message or option; see <see cref="DhcpFormatReason"/>.</summary>
/// <remarks>The DHCP endpoints catch it, log the reason and drop the datagram: it never reaches the boot engine (style anchor
/// G4).</remarks>
public sealed class DhcpFormatException : WireFormatException<DhcpFormatReason>
{
    /// <summary>Creates the exception for <paramref name="reason"/> at <paramref name="offset"/> with the offending bytes.</summary>
    public DhcpFormatException(string protocol, DhcpFormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null)
        : base(protocol, reason, offset, detail, explanation)
    {
        Protocol = protocol;
    }

    /// <summary>"DHCPv4" or "DHCPv6": which family's decoder rejected the input.</summary>
    public string Protocol { get; }

    /// <summary>Throws a DHCPv4 <see cref="DhcpFormatException"/>; the single throw site of the DHCPv4 decoders.</summary>
    [DoesNotReturn]
    [StackTraceHidden]
    internal static void Reject4(DhcpFormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null) =>
        throw new DhcpFormatException("DHCPv4", reason, offset, detail, explanation);

    /// <summary>Throws a DHCPv6 <see cref="DhcpFormatException"/>; the single throw site of the DHCPv6 decoders.</summary>
    [DoesNotReturn]
    [StackTraceHidden]
    internal static void Reject6(DhcpFormatReason reason, int offset, ReadOnlySpan<byte> detail, string? explanation = null) =>
        throw new DhcpFormatException("DHCPv6", reason, offset, detail, explanation);
}
