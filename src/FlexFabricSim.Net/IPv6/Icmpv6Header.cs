using System.Buffers.Binary;
using System.Net;
using FlexFabricSim.Net.Checksums;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.IPv6;

/// <summary>The 8-byte ICMPv6 header (RFC 4443 §2.1): type, code, checksum over the IPv6 pseudo-header, and the type-specific word.</summary>
/// <remarks>Neighbor Discovery messages have records of their own that read and write the whole message; this one serves echo and errors.</remarks>
// A readonly record struct rather than a class: one is decoded or built for every frame, so it must not allocate.
public readonly record struct Icmpv6Header
{
    /// <summary>Length of the header.</summary>
    public const int Length = 8;

    /// <summary>Destination-unreachable code for "port unreachable" (RFC 4443 §3.1).</summary>
    public const byte PortUnreachableCode = 4;

    /// <summary>The message type.</summary>
    public required Icmpv6Type Type { get; init; }

    /// <summary>The message code.</summary>
    public byte Code { get; init; }

    /// <summary>The type-specific 32-bit word.</summary>
    public uint RestOfHeader { get; init; }

    /// <summary>Echo identifier (high half of <see cref="RestOfHeader"/>).</summary>
    public ushort Identifier => (ushort)(RestOfHeader >> 16);

    /// <summary>Echo sequence number (low half of <see cref="RestOfHeader"/>).</summary>
    public ushort SequenceNumber => (ushort)RestOfHeader;

    /// <summary>An echo request or reply header.</summary>
    public static Icmpv6Header Echo(Icmpv6Type type, ushort identifier, ushort sequence) =>
        new() { Type = type, RestOfHeader = ((uint)identifier << 16) | sequence };

    /// <summary>Length of the header: always 8.</summary>
    public int GetEncodedLength() => Length;

    /// <summary>Writes the header at the start of <paramref name="message"/> (body already in place) and fills the checksum.</summary>
    /// <returns>The header length (8).</returns>
    public int WriteTo(Span<byte> message, IPAddress source, IPAddress destination)
    {
        message[0] = (byte)Type;
        message[1] = Code;
        BinaryPrimitives.WriteUInt32BigEndian(message[4..], RestOfHeader);
        FillChecksum(message, source, destination);
        return Length;
    }

    /// <summary>Computes and stores the checksum of a complete ICMPv6 message (RFC 4443 §2.3).</summary>
    public static void FillChecksum(Span<byte> message, IPAddress source, IPAddress destination)
    {
        message[2] = 0;
        message[3] = 0;
        var pseudo = InternetChecksum.PseudoHeader(source, destination, (byte)IPProtocol.Icmpv6, message.Length);
        BinaryPrimitives.WriteUInt16BigEndian(message[2..], InternetChecksum.Compute(message, pseudo));
    }

    /// <summary>Decodes the header of a whole ICMPv6 message after verifying its checksum.</summary>
    /// <param name="message">The message.</param>
    /// <param name="source">The IPv6 source (pseudo-header).</param>
    /// <param name="destination">The IPv6 destination (pseudo-header).</param>
    /// <param name="verifyChecksum">False when the link reports the checksum already checked or not yet computed (offload).</param>
    /// <exception cref="Icmpv6FormatException">Shorter than 4 bytes, or a bad checksum.</exception>
    public static Icmpv6Header Decode(ReadOnlySpan<byte> message, IPAddress source, IPAddress destination, bool verifyChecksum = true)
    {
        // Every type has at least type, code and checksum; types with a shorter body than 8 bytes do not exist.
        if (message.Length < Length)
        {
            Icmpv6FormatException.Reject(Icmpv6FormatReason.Truncated, message.Length, message);
        }

        if (verifyChecksum)
        {
            var pseudo = InternetChecksum.PseudoHeader(source, destination, (byte)IPProtocol.Icmpv6, message.Length);
            if (!InternetChecksum.Verifies(message, pseudo))
            {
                Icmpv6FormatException.Reject(Icmpv6FormatReason.BadChecksum, 2, message);
            }
        }

        return new Icmpv6Header
        {
            Type = (Icmpv6Type)message[0],
            Code = message[1],
            RestOfHeader = BinaryPrimitives.ReadUInt32BigEndian(message[4..]),
        };
    }
}
