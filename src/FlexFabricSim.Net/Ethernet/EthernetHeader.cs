using System.Buffers.Binary;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Ethernet;

/// <summary>An Ethernet II header with an optional 802.1Q tag; the payload follows it in the frame.</summary>
/// <remarks>Frames carry no FCS here: links and captures see what a NIC hands to software.</remarks>
// A readonly record struct rather than a class: one is decoded or built for every frame, so it must not allocate.
public readonly record struct EthernetHeader
{
    /// <summary>Length of an untagged header.</summary>
    public const int UntaggedLength = 14;

    /// <summary>Length of an 802.1Q tag.</summary>
    public const int TagLength = 4;

    /// <summary>Shortest frame on the wire without FCS (64 - 4); shorter frames are zero-padded when sent (IEEE 802.3 §4.2.8).</summary>
    public const int MinimumFrameLength = 60;

    /// <summary>Largest payload of a standard frame (the MTU).</summary>
    public const int MaximumPayloadLength = 1500;

    /// <summary>Smallest type value; below it the field is an 802.3 length.</summary>
    private const ushort MinimumEtherType = 0x0600;

    /// <summary>The receiver's address.</summary>
    public required MacAddress Destination { get; init; }

    /// <summary>The sender's address.</summary>
    public required MacAddress Source { get; init; }

    /// <summary>The 802.1Q tag, or null for an untagged frame.</summary>
    public VlanTag? Tag { get; init; }

    /// <summary>The payload's protocol (values the stack does not speak are kept as their number).</summary>
    public required EtherType EtherType { get; init; }

    /// <summary>Length of this header on the wire: 14, or 18 with a tag.</summary>
    public int GetEncodedLength() => Tag is null ? UntaggedLength : UntaggedLength + TagLength;

    /// <summary>Writes the header and returns its length.</summary>
    public int WriteTo(Span<byte> destination)
    {
        var length = GetEncodedLength();
        Destination.WriteTo(destination);
        Source.WriteTo(destination[6..]);
        var offset = 12;
        if (Tag is { } tag)
        {
            BinaryPrimitives.WriteUInt16BigEndian(destination[offset..], (ushort)EtherType.Vlan);
            BinaryPrimitives.WriteUInt16BigEndian(destination[(offset + 2)..], tag.ControlInformation);
            offset += TagLength;
        }

        BinaryPrimitives.WriteUInt16BigEndian(destination[offset..], (ushort)EtherType);
        return length;
    }

    /// <summary>Decodes the header at the start of <paramref name="frame"/>; the payload starts at <paramref name="headerLength"/>.</summary>
    /// <exception cref="EthernetFormatException">The frame is too short, uses 802.3 length framing, or is double or service tagged.</exception>
    public static EthernetHeader Decode(ReadOnlySpan<byte> frame, out int headerLength)
    {
        if (frame.Length < UntaggedLength)
        {
            EthernetFormatException.Reject(EthernetFormatReason.Truncated, frame.Length, frame);
        }

        var destination = MacAddress.Read(frame);
        var source = MacAddress.Read(frame[6..]);
        var type = BinaryPrimitives.ReadUInt16BigEndian(frame[12..]);
        VlanTag? tag = null;
        headerLength = UntaggedLength;
        if (type == (ushort)EtherType.ServiceVlan)
        {
            EthernetFormatException.Reject(EthernetFormatReason.UnsupportedTagging, 12, frame[..UntaggedLength]);
        }

        if (type == (ushort)EtherType.Vlan)
        {
            if (frame.Length < UntaggedLength + TagLength)
            {
                EthernetFormatException.Reject(EthernetFormatReason.Truncated, frame.Length, frame);
            }

            tag = VlanTag.FromControlInformation(BinaryPrimitives.ReadUInt16BigEndian(frame[14..]));
            type = BinaryPrimitives.ReadUInt16BigEndian(frame[16..]);
            headerLength += TagLength;
            if (type is (ushort)EtherType.Vlan or (ushort)EtherType.ServiceVlan)
            {
                EthernetFormatException.Reject(EthernetFormatReason.UnsupportedTagging, 16, frame[..headerLength]);
            }
        }

        if (type < MinimumEtherType)
        {
            EthernetFormatException.Reject(EthernetFormatReason.LengthFramingUnsupported, headerLength - 2, frame[..headerLength]);
        }

        return new EthernetHeader { Destination = destination, Source = source, Tag = tag, EtherType = (EtherType)type };
    }
}
