using System.Net;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.IPv6;

/// <summary>Shared framing of the Neighbor Discovery message records: fixed part, options, checksum.</summary>
internal static class NdMessage
{
    /// <summary>Checks the code and minimum length common to every ND message (RFC 4861 §6.1.1, §6.1.2, §7.1.1, §7.1.2).</summary>
    public static void Validate(ReadOnlySpan<byte> message, Icmpv6Type expected, int fixedLength)
    {
        if (message.Length < fixedLength)
        {
            Icmpv6FormatException.Reject(Icmpv6FormatReason.Truncated, message.Length, message);
        }

        if ((Icmpv6Type)message[0] != expected)
        {
            throw new ArgumentException($"not a {expected} message", nameof(message));
        }

        if (message[1] != 0)
        {
            Icmpv6FormatException.Reject(Icmpv6FormatReason.BadCode, 1, message[..fixedLength]);
        }
    }

    /// <summary>Writes type and code, clears the rest of the fixed part, and leaves the checksum for <see cref="Finish"/>.</summary>
    public static Span<byte> Begin(Span<byte> destination, Icmpv6Type type, int totalLength, int fixedLength)
    {
        var message = destination[..totalLength];
        message[..fixedLength].Clear();
        message[0] = (byte)type;
        return message;
    }

    /// <summary>Fills the checksum over the pseudo-header.</summary>
    public static int Finish(Span<byte> message, IPAddress source, IPAddress destination)
    {
        Icmpv6Header.FillChecksum(message, source, destination);
        return message.Length;
    }
}
