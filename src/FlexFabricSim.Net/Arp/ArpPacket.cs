using System.Buffers.Binary;
using System.Net;
using FlexFabricSim.Net.Errors;
using FlexFabricSim.Net.Ethernet;

namespace FlexFabricSim.Net.Arp;

/// <summary>An ARP packet for IPv4 over Ethernet (RFC 826): hardware type 1, protocol 0x0800, lengths 6 and 4.</summary>
// A readonly record struct rather than a class: one is decoded or built for every frame, so it must not allocate.
public readonly record struct ArpPacket
{
    /// <summary>Length of the packet (before link padding).</summary>
    public const int Length = 28;

    private const ushort HardwareTypeEthernet = 1;

    /// <summary>Request or reply.</summary>
    public required ArpOperation Operation { get; init; }

    /// <summary>The sender's hardware address.</summary>
    public required MacAddress SenderHardwareAddress { get; init; }

    /// <summary>The sender's IPv4 address (0.0.0.0 in an RFC 5227 probe).</summary>
    public required IPAddress SenderProtocolAddress { get; init; }

    /// <summary>The target's hardware address (zero in a request).</summary>
    public required MacAddress TargetHardwareAddress { get; init; }

    /// <summary>The IPv4 address being asked about or answered.</summary>
    public required IPAddress TargetProtocolAddress { get; init; }

    /// <summary>Length on the wire: always <see cref="Length"/>.</summary>
    public int GetEncodedLength() => Length;

    /// <summary>Writes the packet and returns its length.</summary>
    public int WriteTo(Span<byte> destination)
    {
        var packet = destination[..Length];
        BinaryPrimitives.WriteUInt16BigEndian(packet, HardwareTypeEthernet);
        BinaryPrimitives.WriteUInt16BigEndian(packet[2..], (ushort)EtherType.IPv4);
        packet[4] = MacAddress.Length;
        packet[5] = 4;
        BinaryPrimitives.WriteUInt16BigEndian(packet[6..], (ushort)Operation);
        SenderHardwareAddress.WriteTo(packet[8..]);
        WriteIPv4(SenderProtocolAddress, packet[14..]);
        TargetHardwareAddress.WriteTo(packet[18..]);
        WriteIPv4(TargetProtocolAddress, packet[24..]);
        return Length;
    }

    /// <summary>Whether <paramref name="packet"/> is a well-formed Ethernet/IPv4 ARP request (what <see cref="Decode"/> would accept as one).</summary>
    /// <remarks>Lets a host discard the flood of requests for other addresses without building a packet for each.</remarks>
    public static bool IsRequest(ReadOnlySpan<byte> packet) =>
        packet.Length >= Length
        && BinaryPrimitives.ReadUInt16BigEndian(packet) == HardwareTypeEthernet
        && BinaryPrimitives.ReadUInt16BigEndian(packet[2..]) == (ushort)EtherType.IPv4
        && packet[4] == MacAddress.Length
        && packet[5] == 4
        && BinaryPrimitives.ReadUInt16BigEndian(packet[6..]) == (ushort)ArpOperation.Request;

    /// <summary>Offset of the sender protocol address.</summary>
    public const int SenderProtocolAddressOffset = 14;

    /// <summary>Offset of the target protocol address.</summary>
    public const int TargetProtocolAddressOffset = 24;

    /// <summary>Decodes an ARP packet (trailing link padding is ignored).</summary>
    /// <exception cref="ArpFormatException">Too short, or not Ethernet/IPv4 ARP, or an unknown operation.</exception>
    public static ArpPacket Decode(ReadOnlySpan<byte> packet)
    {
        if (packet.Length < Length)
        {
            ArpFormatException.Reject(ArpFormatReason.Truncated, packet.Length, packet);
        }

        var body = packet[..Length];
        if (BinaryPrimitives.ReadUInt16BigEndian(body) != HardwareTypeEthernet)
        {
            ArpFormatException.Reject(ArpFormatReason.UnsupportedHardwareType, 0, body);
        }

        if (BinaryPrimitives.ReadUInt16BigEndian(body[2..]) != (ushort)EtherType.IPv4)
        {
            ArpFormatException.Reject(ArpFormatReason.UnsupportedProtocolType, 2, body);
        }

        if (body[4] != MacAddress.Length || body[5] != 4)
        {
            ArpFormatException.Reject(ArpFormatReason.BadAddressLength, 4, body);
        }

        var operation = BinaryPrimitives.ReadUInt16BigEndian(body[6..]);
        if (operation is not ((ushort)ArpOperation.Request or (ushort)ArpOperation.Reply))
        {
            ArpFormatException.Reject(ArpFormatReason.UnsupportedOperation, 6, body);
        }

        return new ArpPacket
        {
            Operation = (ArpOperation)operation,
            SenderHardwareAddress = MacAddress.Read(body[8..]),
            SenderProtocolAddress = new IPAddress(body.Slice(14, 4)),
            TargetHardwareAddress = MacAddress.Read(body[18..]),
            TargetProtocolAddress = new IPAddress(body.Slice(24, 4)),
        };
    }

    private static void WriteIPv4(IPAddress address, Span<byte> destination)
    {
        if (!address.TryWriteBytes(destination[..4], out var written) || written != 4)
        {
            throw new InvalidOperationException($"{address} is not an IPv4 address");
        }
    }
}
