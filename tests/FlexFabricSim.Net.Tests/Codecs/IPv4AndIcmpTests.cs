using System.Net;
using FlexFabricSim.Net.Checksums;
using FlexFabricSim.Net.Errors;
using FlexFabricSim.Net.Icmp;
using FlexFabricSim.Net.IPv4;

namespace FlexFabricSim.Net.Tests.Codecs;

public sealed class IPv4AndIcmpTests
{
    private static byte[] CaptureIPv4 => CodecTestData.LinuxSynFrame[14..];

    [Fact]
    public void InternetChecksumMatchesRfc1071Example()
    {
        Assert.Equal(0x220d, InternetChecksum.Compute(CodecTestData.Rfc1071Example));
        // Odd lengths pad with a zero byte.
        Assert.Equal(InternetChecksum.Compute([0xab, 0x00]), InternetChecksum.Compute([0xab]));
    }

    [Fact]
    public void DecodesTheCaptureHeaderAndReencodesItByteForByte()
    {
        var header = IPv4Header.Decode(CaptureIPv4, out var length);
        Assert.Equal(20, length);
        Assert.Equal(IPProtocol.Tcp, header.Protocol);
        Assert.Equal(IPAddress.Loopback, header.Source);
        Assert.Equal(40, header.PayloadLength);
        Assert.True(header.DontFragment);
        Assert.Equal(0xf165, header.Identification);
        var encoded = new byte[20];
        header.WriteTo(encoded);
        Assert.Equal(CaptureIPv4[..20], encoded);
    }

    [Fact]
    public void LinkPaddingAfterTheDatagramIsIgnored()
    {
        var padded = CaptureIPv4.Concat(new byte[6]).ToArray();
        Assert.Equal(40, IPv4Header.Decode(padded, out _).PayloadLength);
    }

    [Fact]
    public void EveryShortPrefixIsTruncatedOrBadTotalLength()
    {
        for (var i = 0; i < CaptureIPv4.Length; i++)
        {
            var e = Assert.Throws<IPv4FormatException>(() => IPv4Header.Decode(CaptureIPv4.AsSpan(0, i), out _));
            Assert.Equal(i < 20 ? IPv4FormatReason.Truncated : IPv4FormatReason.BadTotalLength, e.Reason);
        }
    }

    [Theory]
    [InlineData(0, 0x65, IPv4FormatReason.BadVersion)]
    [InlineData(0, 0x44, IPv4FormatReason.BadHeaderLength)]
    [InlineData(3, 0x10, IPv4FormatReason.BadTotalLength)]
    [InlineData(11, 0x00, IPv4FormatReason.BadHeaderChecksum)]
    public void MalformedHeadersNameTheirReason(int offset, byte value, IPv4FormatReason reason)
    {
        var bytes = CaptureIPv4;
        bytes[offset] = value;
        var e = Assert.Throws<IPv4FormatException>(() => IPv4Header.Decode(bytes, out _));
        Assert.Equal(reason, e.Reason);
    }

    [Theory]
    [InlineData(0x20, 0x00)]
    [InlineData(0x00, 0x08)]
    public void FragmentsAreRefusedCleanly(byte flagsHigh, byte offsetLow)
    {
        var header = new IPv4Header { PayloadLength = 8, Protocol = IPProtocol.Udp, Source = IPAddress.Parse("192.0.2.1"), Destination = IPAddress.Parse("192.0.2.2") };
        var bytes = new byte[28];
        header.WriteTo(bytes);
        bytes[6] = flagsHigh;
        bytes[7] = offsetLow;
        bytes[10] = 0;
        bytes[11] = 0;
        var checksum = InternetChecksum.Compute(bytes.AsSpan(0, 20));
        bytes[10] = (byte)(checksum >> 8);
        bytes[11] = (byte)checksum;
        Assert.Equal(IPv4FormatReason.FragmentsUnsupported, Assert.Throws<IPv4FormatException>(() => IPv4Header.Decode(bytes, out _)).Reason);
    }

    [Fact]
    public void HeaderWithOptionsRoundTrips()
    {
        var header = new IPv4Header
        {
            PayloadLength = 0,
            Protocol = IPProtocol.Icmp,
            Source = IPAddress.Parse("198.51.100.1"),
            Destination = IPAddress.Parse("198.51.100.2"),
            TimeToLive = 1,
            Options = new byte[] { 0x94, 0x04, 0x00, 0x00 },
        };
        var bytes = new byte[header.GetEncodedLength()];
        Assert.Equal(24, header.WriteTo(bytes));
        var decoded = IPv4Header.Decode(bytes, out var length);
        Assert.Equal(24, length);
        Assert.Equal(header.Options.ToArray(), decoded.Options.ToArray());
        Assert.Equal(1, decoded.TimeToLive);
    }

    [Fact]
    public void EchoRoundTripsAndChecksumCoversTheBody()
    {
        var message = new byte[8 + 56];
        for (var i = 8; i < message.Length; i++)
        {
            message[i] = (byte)i;
        }

        IcmpHeader.Echo(IcmpType.EchoRequest, 0x1234, 7).WriteTo(message);
        Assert.True(InternetChecksum.Verifies(message));
        var decoded = IcmpHeader.Decode(message);
        Assert.Equal((IcmpType.EchoRequest, (ushort)0x1234, (ushort)7), (decoded.Type, decoded.Identifier, decoded.SequenceNumber));
        message[40] ^= 1;
        Assert.Equal(IcmpFormatReason.BadChecksum, Assert.Throws<IcmpFormatException>(() => IcmpHeader.Decode(message)).Reason);
        Assert.Equal(IcmpFormatReason.Truncated, Assert.Throws<IcmpFormatException>(() => IcmpHeader.Decode(message.AsSpan(0, 7))).Reason);
    }
}
