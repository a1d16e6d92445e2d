using System.Net;
using FlexFabricSim.Net.Errors;
using FlexFabricSim.Net.Tcp;
using FlexFabricSim.Net.Udp;

namespace FlexFabricSim.Net.Tests.Codecs;

public sealed class UdpAndTcpTests
{
    private static readonly IPAddress V4A = IPAddress.Parse("192.0.2.1");
    private static readonly IPAddress V4B = IPAddress.Parse("192.0.2.2");
    private static readonly IPAddress V6A = IPAddress.Parse("2001:db8::a");
    private static readonly IPAddress V6B = IPAddress.Parse("2001:db8::b");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void UdpRoundTripsWithAPseudoHeaderChecksum(bool ipv6)
    {
        var (source, destination) = ipv6 ? (V6A, V6B) : (V4A, V4B);
        var datagram = new byte[8 + 5];
        "hello"u8.CopyTo(datagram.AsSpan(8));
        var header = new UdpHeader { SourcePort = 68, DestinationPort = 67, PayloadLength = 5 };
        header.WriteTo(datagram, source, destination);
        Assert.Equal(header, UdpHeader.Decode(datagram, source, destination));
        datagram[9] ^= 0x40;
        Assert.Equal(UdpFormatReason.BadChecksum, Assert.Throws<UdpFormatException>(() => UdpHeader.Decode(datagram, source, destination)).Reason);
        Assert.Equal(header, UdpHeader.Decode(datagram, source, destination, verifyChecksum: false));
    }

    [Fact]
    public void ZeroChecksumMeansNoneOverIPv4ButIsRefusedOverIPv6()
    {
        var datagram = Hex.Parse("0044 0043 000d 0000 68656c6c6f");
        Assert.Equal(5, UdpHeader.Decode(datagram, V4A, V4B).PayloadLength);
        Assert.Equal(UdpFormatReason.MissingChecksum, Assert.Throws<UdpFormatException>(() => UdpHeader.Decode(datagram, V6A, V6B)).Reason);
    }

    [Fact]
    public void UdpLengthAndTruncationAreChecked()
    {
        var datagram = Hex.Parse("0044 0043 000d 0000 68656c6c6f");
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal(UdpFormatReason.Truncated, Assert.Throws<UdpFormatException>(() => UdpHeader.Decode(datagram.AsSpan(0, i), V4A, V4B)).Reason);
        }

        Assert.Equal(UdpFormatReason.BadLength, Assert.Throws<UdpFormatException>(() => UdpHeader.Decode(datagram.AsSpan(0, 12), V4A, V4B)).Reason);
        datagram[5] = 7;
        Assert.Equal(UdpFormatReason.BadLength, Assert.Throws<UdpFormatException>(() => UdpHeader.Decode(datagram, V4A, V4B)).Reason);
    }

    [Fact]
    public void DecodesLinuxsSynFromTheCapture()
    {
        var segment = CodecTestData.LinuxSynFrame[34..];
        var header = TcpHeader.Decode(segment, IPAddress.Loopback, IPAddress.Loopback, verifyChecksum: false, out var length);
        Assert.Equal(40, length);
        Assert.Equal((ushort)49906, header.SourcePort);
        Assert.Equal((ushort)3295, header.DestinationPort);
        Assert.Equal(TcpFlags.Syn, header.Flags);
        Assert.Equal((ushort?)65495, header.MaximumSegmentSize);
        Assert.True(header.SackPermitted);
        Assert.Equal(new TcpTimestamps(0x45ec6ead, 0), header.Timestamps);
        Assert.Equal((byte?)10, header.WindowScale);
        // Loopback leaves the checksum to offload, so it does not verify: the decoder says so when asked to check.
        Assert.Equal(TcpFormatReason.BadChecksum,
            Assert.Throws<TcpFormatException>(() => TcpHeader.Decode(segment, IPAddress.Loopback, IPAddress.Loopback, true, out _)).Reason);
    }

    [Fact]
    public void SegmentWithEveryOptionRoundTripsInRfc7323Layout()
    {
        var header = new TcpHeader
        {
            SourcePort = 49152,
            DestinationPort = 3260,
            SequenceNumber = 0xfffffff0,
            AcknowledgmentNumber = 0,
            Flags = TcpFlags.Syn,
            Window = 65535,
            MaximumSegmentSize = 1460,
            SackPermitted = true,
            Timestamps = new TcpTimestamps(1, 0),
            WindowScale = 2,
        };
        var segment = new byte[header.GetEncodedLength() + 3];
        Assert.Equal(44, header.WriteTo(segment, V6A, V6B));
        Assert.Equal("020405b4" + "01010402" + "0101080a0000000100000000" + "01030302", Hex.Format(segment.AsSpan(20, 24)));
        Assert.Equal(header, TcpHeader.Decode(segment, V6A, V6B, true, out var length));
        Assert.Equal(44, length);
    }

    [Fact]
    public void TcpLaddersAndOptionErrorsNameTheirReason()
    {
        var header = new TcpHeader { SourcePort = 1, DestinationPort = 2, Flags = TcpFlags.Ack, Timestamps = new TcpTimestamps(5, 6) };
        var segment = new byte[header.GetEncodedLength()];
        header.WriteTo(segment, V4A, V4B);
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(TcpFormatReason.Truncated, Assert.Throws<TcpFormatException>(() => TcpHeader.Decode(segment.AsSpan(0, i), V4A, V4B, false, out _)).Reason);
        }

        for (var i = 20; i < segment.Length; i++)
        {
            Assert.Equal(TcpFormatReason.BadDataOffset, Assert.Throws<TcpFormatException>(() => TcpHeader.Decode(segment.AsSpan(0, i), V4A, V4B, false, out _)).Reason);
        }

        var lowOffset = (byte[])segment.Clone();
        lowOffset[12] = 0x40;
        Assert.Equal(TcpFormatReason.BadDataOffset, Assert.Throws<TcpFormatException>(() => TcpHeader.Decode(lowOffset, V4A, V4B, false, out _)).Reason);
        var badLength = (byte[])segment.Clone();
        badLength[23] = 9;
        Assert.Equal(TcpFormatReason.BadOptionLength, Assert.Throws<TcpFormatException>(() => TcpHeader.Decode(badLength, V4A, V4B, false, out _)).Reason);
        var runsPast = (byte[])segment.Clone();
        runsPast[23] = 40;
        Assert.Equal(TcpFormatReason.BadOptionLength, Assert.Throws<TcpFormatException>(() => TcpHeader.Decode(runsPast, V4A, V4B, false, out _)).Reason);
        var lengthOne = (byte[])segment.Clone();
        lengthOne[22] = 99;
        lengthOne[23] = 1;
        Assert.Equal(TcpFormatReason.BadOptionLength, Assert.Throws<TcpFormatException>(() => TcpHeader.Decode(lengthOne, V4A, V4B, false, out _)).Reason);
    }

    [Fact]
    public void UnknownAndSackOptionsAreSkipped()
    {
        // NOP NOP SACK(10: one block) then EOL padding.
        var options = Hex.Parse("0101050a 00000001 00000002 00000000");
        var segment = new byte[20 + options.Length];
        segment[12] = (byte)((segment.Length / 4) << 4);
        segment[13] = (byte)TcpFlags.Ack;
        options.CopyTo(segment, 20);
        var header = TcpHeader.Decode(segment, V4A, V4B, false, out _);
        Assert.Null(header.Timestamps);
        Assert.False(header.SackPermitted);
    }
}
