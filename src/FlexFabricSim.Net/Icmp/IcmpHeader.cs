using System.Buffers.Binary;
using FlexFabricSim.Net.Checksums;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Icmp;

/// <summary>The 8-byte ICMPv4 header (RFC 792): type, code, checksum and the type-specific word (identifier and sequence for echo).</summary>
/// <remarks>The checksum covers the whole message, so encoding works on a buffer that already holds the body after the header.</remarks>
// A readonly record struct rather than a class: one is decoded or built for every frame, so it must not allocate.
public readonly record struct IcmpHeader
{
    /// <summary>Length of the header.</summary>
    public const int Length = 8;

    /// <summary>Destination-unreachable code for "port unreachable" (RFC 792).</summary>
    public const byte PortUnreachableCode = 3;

    /// <summary>The message type.</summary>
    public required IcmpType Type { get; init; }

    /// <summary>The message code.</summary>
    public byte Code { get; init; }

    /// <summary>The type-specific 32-bit word (rest of header).</summary>
    public uint RestOfHeader { get; init; }

    /// <summary>Echo identifier (high half of <see cref="RestOfHeader"/>).</summary>
    public ushort Identifier => (ushort)(RestOfHeader >> 16);

    /// <summary>Echo sequence number (low half of <see cref="RestOfHeader"/>).</summary>
    public ushort SequenceNumber => (ushort)RestOfHeader;

    /// <summary>An echo request or reply header.</summary>
    public static IcmpHeader Echo(IcmpType type, ushort identifier, ushort sequence) =>
        new() { Type = type, RestOfHeader = ((uint)identifier << 16) | sequence };

    /// <summary>Length of the header: always 8.</summary>
    public int GetEncodedLength() => Length;

    /// <summary>Writes the header at the start of <paramref name="message"/>, whose body is already in place, and fills the checksum.</summary>
    /// <returns>The header length (8).</returns>
    public int WriteTo(Span<byte> message)
    {
        message[0] = (byte)Type;
        message[1] = Code;
        message[2] = 0;
        message[3] = 0;
        BinaryPrimitives.WriteUInt32BigEndian(message[4..], RestOfHeader);
        BinaryPrimitives.WriteUInt16BigEndian(message[2..], InternetChecksum.Compute(message));
        return Length;
    }

    /// <summary>Decodes the header of a whole ICMP message and verifies the checksum over it; the body starts at 8.</summary>
    /// <exception cref="IcmpFormatException">Shorter than 8 bytes, or a bad checksum.</exception>
    public static IcmpHeader Decode(ReadOnlySpan<byte> message)
    {
        if (message.Length < Length)
        {
            IcmpFormatException.Reject(IcmpFormatReason.Truncated, message.Length, message);
        }

        if (!InternetChecksum.Verifies(message))
        {
            IcmpFormatException.Reject(IcmpFormatReason.BadChecksum, 2, message);
        }

        return new IcmpHeader
        {
            Type = (IcmpType)message[0],
            Code = message[1],
            RestOfHeader = BinaryPrimitives.ReadUInt32BigEndian(message[4..]),
        };
    }
}
