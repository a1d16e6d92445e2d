using System.Buffers.Binary;
using System.Net;
using FlexFabricSim.Net.Arp;
using FlexFabricSim.Net.Checksums;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Icmp;
using FlexFabricSim.Net.IPv4;
using FlexFabricSim.Net.IPv6;
using FlexFabricSim.Net.Tcp;
using FlexFabricSim.Net.Udp;

namespace FlexFabricSim.Net.Tests.Stack;

/// <summary>Valid frames of every header the stack speaks, and mutations of them, for robustness tests.</summary>
internal sealed class FuzzFrames(Random random, MacAddress target, IPAddress targetV4, IPAddress targetV6, (ushort Local, ushort Remote, IPAddress Peer) liveConnection)
{
    private static readonly MacAddress Sender = MacAddress.Parse("02:00:00:00:99:99");

    /// <summary>One frame: a valid template, then one of several mutations (or none).</summary>
    public byte[] Next()
    {
        var frame = Template(random.Next(14));
        return random.Next(8) switch
        {
            0 => frame,
            1 => Truncate(frame),
            2 => FlipBytes(frame),
            3 => FlipBytesThenFixChecksums(frame),
            4 => FixChecksums(Extend(frame)),
            5 => RandomFrame(),
            6 => FlipHeaderByteThenFixChecksums(frame),
            _ => FlipBytesThenFixChecksums(frame),
        };
    }

    private byte[] Template(int kind) => kind switch
    {
        0 => Arp(ArpOperation.Request),
        1 => Arp(ArpOperation.Reply),
        2 => IcmpEcho(),
        3 => Udp4(67),
        4 => Udp4((ushort)random.Next(1, 65536)),
        5 => Tcp4(listenerPort: true),
        6 => Tcp4(listenerPort: false),
        7 => TcpToLiveConnection(),
        8 => NeighborSolicitation(),
        9 => RouterAdvertisement(),
        10 => Icmpv6Echo(),
        11 => Udp6(),
        12 => Tcp6(),
        _ => HopByHopThenIcmpv6(),
    };

    private byte[] Ethernet(EtherType type, int payloadLength, out int offset, MacAddress? destination = null)
    {
        var tagged = random.Next(20) == 0;
        var header = new EthernetHeader
        {
            Destination = destination ?? (random.Next(10) == 0 ? MacAddress.Broadcast : target),
            Source = Sender,
            Tag = tagged ? new VlanTag((ushort)random.Next(0, 5)) : null,
            EtherType = type,
        };
        offset = header.GetEncodedLength();
        var frame = new byte[Math.Max(60, offset + payloadLength)];
        header.WriteTo(frame);
        return frame;
    }

    private byte[] Arp(ArpOperation operation)
    {
        var frame = Ethernet(EtherType.Arp, ArpPacket.Length, out var offset, MacAddress.Broadcast);
        new ArpPacket
        {
            Operation = operation,
            SenderHardwareAddress = Sender,
            SenderProtocolAddress = RandomV4(),
            TargetHardwareAddress = MacAddress.Zero,
            TargetProtocolAddress = random.Next(2) == 0 ? targetV4 : RandomV4(),
        }.WriteTo(frame.AsSpan(offset));
        return frame;
    }

    private byte[] IPv4Packet(IPProtocol protocol, int payloadLength, IPAddress source, out int payloadOffset)
    {
        var frame = Ethernet(EtherType.IPv4, 20 + payloadLength, out var offset);
        new IPv4Header { PayloadLength = payloadLength, Protocol = protocol, Source = source, Destination = targetV4, Identification = (ushort)random.Next() }
            .WriteTo(frame.AsSpan(offset));
        payloadOffset = offset + 20;
        return frame;
    }

    private byte[] IcmpEcho()
    {
        var length = 8 + random.Next(0, 64);
        var frame = IPv4Packet(IPProtocol.Icmp, length, RandomV4(), out var offset);
        random.NextBytes(frame.AsSpan(offset + 8, length - 8));
        IcmpHeader.Echo(random.Next(2) == 0 ? IcmpType.EchoRequest : (IcmpType)random.Next(20), (ushort)random.Next(), (ushort)random.Next())
            .WriteTo(frame.AsSpan(offset, length));
        return frame;
    }

    private byte[] Udp4(ushort port)
    {
        var payload = random.Next(0, 200);
        var source = RandomV4();
        var frame = IPv4Packet(IPProtocol.Udp, 8 + payload, source, out var offset);
        random.NextBytes(frame.AsSpan(offset + 8, payload));
        new UdpHeader { SourcePort = (ushort)random.Next(), DestinationPort = port, PayloadLength = payload }.WriteTo(frame.AsSpan(offset, 8 + payload), source, targetV4);
        return frame;
    }

    private byte[] Tcp4(bool listenerPort)
    {
        var header = RandomTcp(listenerPort ? (ushort)3260 : (ushort)random.Next(1, 65536), (ushort)random.Next(1, 65536), allowData: true);
        var data = random.Next(3) == 0 ? random.Next(1, 100) : 0;
        var source = RandomV4();
        var length = header.GetEncodedLength() + data;
        var frame = IPv4Packet(IPProtocol.Tcp, length, source, out var offset);
        random.NextBytes(frame.AsSpan(offset + header.GetEncodedLength(), data));
        header.WriteTo(frame.AsSpan(offset, length), source, targetV4);
        return frame;
    }

    /// <summary>Control segments only (no data, no FIN) with random numbers: RFC 5961 must keep the connection safe from them.</summary>
    private byte[] TcpToLiveConnection()
    {
        var header = RandomTcp(liveConnection.Local, liveConnection.Remote, allowData: false);
        var length = header.GetEncodedLength();
        var frame = IPv4Packet(IPProtocol.Tcp, length, liveConnection.Peer, out var offset);
        header.WriteTo(frame.AsSpan(offset, length), liveConnection.Peer, targetV4);
        return frame;
    }

    private TcpHeader RandomTcp(ushort destinationPort, ushort sourcePort, bool allowData)
    {
        var flags = allowData
            ? (TcpFlags)random.Next(256)
            : new[] { TcpFlags.Syn, TcpFlags.Rst, TcpFlags.Ack, TcpFlags.Rst | TcpFlags.Ack, TcpFlags.Syn | TcpFlags.Ack }[random.Next(5)];
        return new TcpHeader
        {
            SourcePort = sourcePort,
            DestinationPort = destinationPort,
            SequenceNumber = (uint)random.NextInt64(0, 1L << 32),
            AcknowledgmentNumber = (uint)random.NextInt64(0, 1L << 32),
            Flags = flags,
            Window = (ushort)random.Next(65536),
            MaximumSegmentSize = random.Next(2) == 0 ? (ushort)random.Next(65536) : null,
            WindowScale = random.Next(2) == 0 ? (byte)random.Next(256) : null,
            SackPermitted = random.Next(2) == 0,
            Timestamps = random.Next(2) == 0 ? new TcpTimestamps((uint)random.Next(), (uint)random.Next()) : null,
        };
    }

    private byte[] IPv6Packet(IPProtocol next, int payloadLength, IPAddress source, IPAddress destination, byte hopLimit, out int payloadOffset, MacAddress? mac = null)
    {
        var frame = Ethernet(EtherType.IPv6, 40 + payloadLength, out var offset, mac);
        new IPv6Header { PayloadLength = payloadLength, NextHeader = next, HopLimit = hopLimit, Source = source, Destination = destination }.WriteTo(frame.AsSpan(offset));
        payloadOffset = offset + 40;
        return frame;
    }

    private byte[] NeighborSolicitation()
    {
        var source = random.Next(3) == 0 ? IPAddress.IPv6Any : RandomV6();
        var solicitation = new NeighborSolicitation
        {
            TargetAddress = random.Next(2) == 0 ? targetV6 : RandomV6(),
            Options = source.Equals(IPAddress.IPv6Any) ? NdOptions.None : new NdOptions { SourceLinkLayerAddress = Sender },
        };
        var group = IPv6Addressing.SolicitedNode(targetV6);
        var length = solicitation.GetEncodedLength();
        var frame = IPv6Packet(IPProtocol.Icmpv6, length, source, group, 255, out var offset, MacAddress.ForIPv6Multicast(group));
        solicitation.WriteTo(frame.AsSpan(offset, length), source, group);
        return frame;
    }

    private byte[] RouterAdvertisement()
    {
        var router = IPAddress.Parse("fe80::1");
        var advertisement = new RouterAdvertisement
        {
            RouterLifetime = (ushort)random.Next(65536),
            Options = new NdOptions
            {
                SourceLinkLayerAddress = Sender,
                Mtu = (uint)random.Next(),
                Prefixes = [new PrefixInformation { PrefixLength = (byte)random.Next(129), OnLink = true, Autonomous = true, ValidLifetime = (uint)random.Next(), PreferredLifetime = (uint)random.Next(), Prefix = RandomV6() }],
            },
        };
        var length = advertisement.GetEncodedLength();
        var frame = IPv6Packet(IPProtocol.Icmpv6, length, router, IPv6Addressing.AllNodes, 255, out var offset, MacAddress.ForIPv6Multicast(IPv6Addressing.AllNodes));
        advertisement.WriteTo(frame.AsSpan(offset, length), router, IPv6Addressing.AllNodes);
        return frame;
    }

    private byte[] Icmpv6Echo()
    {
        var length = 8 + random.Next(0, 64);
        var source = RandomV6();
        var frame = IPv6Packet(IPProtocol.Icmpv6, length, source, targetV6, 64, out var offset);
        Icmpv6Header.Echo(random.Next(2) == 0 ? Icmpv6Type.EchoRequest : (Icmpv6Type)random.Next(256), (ushort)random.Next(), (ushort)random.Next())
            .WriteTo(frame.AsSpan(offset, length), source, targetV6);
        return frame;
    }

    private byte[] Udp6()
    {
        var payload = random.Next(0, 100);
        var source = RandomV6();
        var frame = IPv6Packet(IPProtocol.Udp, 8 + payload, source, targetV6, 64, out var offset);
        new UdpHeader { SourcePort = 547, DestinationPort = (ushort)(random.Next(2) == 0 ? 546 : random.Next(65536)), PayloadLength = payload }
            .WriteTo(frame.AsSpan(offset, 8 + payload), source, targetV6);
        return frame;
    }

    private byte[] Tcp6()
    {
        var header = RandomTcp(3260, (ushort)random.Next(1, 65536), allowData: true);
        var source = RandomV6();
        var length = header.GetEncodedLength();
        var frame = IPv6Packet(IPProtocol.Tcp, length, source, targetV6, 64, out var offset);
        header.WriteTo(frame.AsSpan(offset, length), source, targetV6);
        return frame;
    }

    private byte[] HopByHopThenIcmpv6()
    {
        var source = RandomV6();
        var frame = IPv6Packet(random.Next(2) == 0 ? IPProtocol.HopByHopOptions : (IPProtocol)random.Next(256), 8 + 8, source, targetV6, 1, out var offset);
        frame[offset] = (byte)IPProtocol.Icmpv6;
        frame[offset + 2] = 5;
        frame[offset + 3] = 2;
        Icmpv6Header.Echo(Icmpv6Type.EchoRequest, 1, 1).WriteTo(frame.AsSpan(offset + 8, 8), source, targetV6);
        return frame;
    }

    private byte[] Truncate(byte[] frame) => frame[..random.Next(frame.Length)];

    private byte[] Extend(byte[] frame)
    {
        var longer = new byte[frame.Length + random.Next(1, 100)];
        frame.CopyTo(longer, 0);
        random.NextBytes(longer.AsSpan(frame.Length));
        return longer;
    }

    private byte[] FlipBytes(byte[] frame)
    {
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            frame[random.Next(frame.Length)] ^= (byte)random.Next(1, 256);
        }

        return frame;
    }

    private byte[] FlipBytesThenFixChecksums(byte[] frame) => FixChecksums(FlipBytes(frame));

    private byte[] FlipHeaderByteThenFixChecksums(byte[] frame)
    {
        // Bytes 12..80 hold the EtherType, IP and transport headers of every template.
        frame[random.Next(12, Math.Min(frame.Length, 80))] = (byte)random.Next(256);
        return FixChecksums(frame);
    }

    private byte[] RandomFrame()
    {
        var frame = new byte[random.Next(0, 200)];
        random.NextBytes(frame);
        if (frame.Length >= 6)
        {
            target.WriteTo(frame);
        }

        return frame;
    }

    /// <summary>Recomputes the IPv4 header checksum and the transport checksum where the headers still make that possible.</summary>
    private static byte[] FixChecksums(byte[] frame)
    {
        if (frame.Length < 14)
        {
            return frame;
        }

        var offset = BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(12)) == 0x8100 ? 18 : 14;
        if (frame.Length < offset + 2)
        {
            return frame;
        }

        var type = BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(offset - 2));
        if (type == 0x0800 && frame.Length >= offset + 20)
        {
            var headerLength = (frame[offset] & 0x0F) * 4;
            var total = BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(offset + 2));
            if (headerLength < 20 || frame.Length < offset + headerLength)
            {
                return frame;
            }

            frame[offset + 10] = 0;
            frame[offset + 11] = 0;
            BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(offset + 10), InternetChecksum.Compute(frame.AsSpan(offset, headerLength)));
            if (total >= headerLength && offset + total <= frame.Length)
            {
                var source = new IPAddress(frame.AsSpan(offset + 12, 4));
                var destination = new IPAddress(frame.AsSpan(offset + 16, 4));
                FixTransport(frame.AsSpan(offset + headerLength, total - headerLength), frame[offset + 9], source, destination);
            }
        }
        else if (type == 0x86DD && frame.Length >= offset + 40)
        {
            var length = BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(offset + 4));
            if (offset + 40 + length <= frame.Length)
            {
                FixTransport(frame.AsSpan(offset + 40, length), frame[offset + 6], new IPAddress(frame.AsSpan(offset + 8, 16)), new IPAddress(frame.AsSpan(offset + 24, 16)));
            }
        }

        return frame;
    }

    private static void FixTransport(Span<byte> message, byte protocol, IPAddress source, IPAddress destination)
    {
        var checksumOffset = protocol switch { 6 => 16, 17 => 6, 58 or 1 => 2, _ => -1 };
        if (checksumOffset < 0 || message.Length < checksumOffset + 2)
        {
            return;
        }

        message[checksumOffset] = 0;
        message[checksumOffset + 1] = 0;
        var pseudo = protocol == 1 ? 0 : InternetChecksum.PseudoHeader(source, destination, protocol, message.Length);
        BinaryPrimitives.WriteUInt16BigEndian(message[checksumOffset..], InternetChecksum.Compute(message, pseudo));
    }

    private IPAddress RandomV4() => random.Next(4) switch
    {
        0 => new IPAddress([192, 0, 2, (byte)random.Next(256)]),
        1 => IPAddress.Any,
        _ => new IPAddress(BitConverter.GetBytes(random.Next())),
    };

    private IPAddress RandomV6()
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        if (random.Next(2) == 0)
        {
            bytes[0] = 0xfe;
            bytes[1] = 0x80;
        }

        return new IPAddress(bytes);
    }
}
