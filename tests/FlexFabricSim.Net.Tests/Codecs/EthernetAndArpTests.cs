using System.Net;
using FlexFabricSim.Net.Arp;
using FlexFabricSim.Net.Errors;
using FlexFabricSim.Net.Ethernet;

namespace FlexFabricSim.Net.Tests.Codecs;

public sealed class EthernetAndArpTests
{
    private static readonly MacAddress Source = MacAddress.Parse("02:00:00:00:00:0a");

    [Theory]
    [InlineData("02:00:00:00:00:0a")]
    [InlineData("02-00-00-00-00-0A")]
    [InlineData("0200000000 0a")]
    public void MacAddressParsesCommonSpellings(string text)
    {
        var ok = MacAddress.TryParse(text.Replace(" ", string.Empty, StringComparison.Ordinal), out var mac);
        Assert.True(ok);
        Assert.Equal("02:00:00:00:00:0a", mac.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("02:00:00:00:00")]
    [InlineData("02:00:00:00:00:0a:01")]
    [InlineData("02:00-00:00:00:0a")]
    [InlineData("0g:00:00:00:00:0a")]
    [InlineData("020:00:00:00:00:a")]
    public void MacAddressRejectsMalformedText(string text) => Assert.False(MacAddress.TryParse(text, out _));

    [Fact]
    public void MulticastMappingsFollowRfc1112AndRfc2464()
    {
        Assert.Equal("01:00:5e:7f:00:01", MacAddress.ForIPv4Multicast(IPAddress.Parse("239.255.0.1")).ToString());
        Assert.Equal("33:33:00:01:00:02", MacAddress.ForIPv6Multicast(IPAddress.Parse("ff02::1:2")).ToString());
        Assert.True(MacAddress.Broadcast.IsMulticast);
        Assert.False(Source.IsMulticast);
    }

    [Fact]
    public void DecodesTheCaptureFrameHeader()
    {
        var header = EthernetHeader.Decode(CodecTestData.LinuxSynFrame, out var length);
        Assert.Equal(14, length);
        Assert.Equal(EtherType.IPv4, header.EtherType);
        Assert.Null(header.Tag);
        Assert.Equal(MacAddress.Zero, header.Destination);
    }

    [Fact]
    public void TaggedHeaderRoundTripsWithPriority()
    {
        var header = new EthernetHeader { Destination = MacAddress.Broadcast, Source = Source, Tag = new VlanTag(100, 5), EtherType = EtherType.Arp };
        var bytes = new byte[header.GetEncodedLength()];
        Assert.Equal(18, header.WriteTo(bytes));
        Assert.Equal("ffffffffffff02000000000a8100a0640806", Hex.Format(bytes));
        Assert.Equal(header, EthernetHeader.Decode(bytes, out var length));
        Assert.Equal(18, length);
    }

    [Fact]
    public void EveryPrefixOfAHeaderIsTruncated()
    {
        var tagged = Hex.Parse("ffffffffffff02000000000a8100a0640806");
        for (var i = 0; i < tagged.Length; i++)
        {
            var e = Assert.Throws<EthernetFormatException>(() => EthernetHeader.Decode(tagged.AsSpan(0, i), out _));
            Assert.Equal(EthernetFormatReason.Truncated, e.Reason);
        }
    }

    [Theory]
    [InlineData("ffffffffffff02000000000a0040", EthernetFormatReason.LengthFramingUnsupported)]
    [InlineData("ffffffffffff02000000000a88a800648100006408 00", EthernetFormatReason.UnsupportedTagging)]
    [InlineData("ffffffffffff02000000000a8100006481000064 0800", EthernetFormatReason.UnsupportedTagging)]
    public void InvalidHeadersAreRejectedWithTheirReason(string hex, EthernetFormatReason reason)
    {
        var e = Assert.Throws<EthernetFormatException>(() => EthernetHeader.Decode(Hex.Parse(hex), out _));
        Assert.Equal(reason, e.Reason);
        Assert.NotEmpty(e.HexDetail);
    }

    [Fact]
    public void ArpRequestMatchesRfc826Layout()
    {
        var packet = new ArpPacket
        {
            Operation = ArpOperation.Request,
            SenderHardwareAddress = Source,
            SenderProtocolAddress = IPAddress.Parse("192.0.2.1"),
            TargetHardwareAddress = MacAddress.Zero,
            TargetProtocolAddress = IPAddress.Parse("192.0.2.2"),
        };
        var bytes = new byte[packet.GetEncodedLength()];
        packet.WriteTo(bytes);
        Assert.Equal(CodecTestData.ArpRequest, bytes);
        Assert.Equal(packet, ArpPacket.Decode(CodecTestData.ArpRequest));
    }

    [Fact]
    public void ArpPrefixesAreTruncatedAndBadFieldsNamed()
    {
        for (var i = 0; i < ArpPacket.Length; i++)
        {
            Assert.Equal(ArpFormatReason.Truncated, Assert.Throws<ArpFormatException>(() => ArpPacket.Decode(CodecTestData.ArpRequest.AsSpan(0, i))).Reason);
        }

        Assert.Equal(ArpFormatReason.UnsupportedHardwareType, Reject(0, 0x06));
        Assert.Equal(ArpFormatReason.UnsupportedProtocolType, Reject(2, 0x86));
        Assert.Equal(ArpFormatReason.BadAddressLength, Reject(4, 0x10));
        Assert.Equal(ArpFormatReason.UnsupportedOperation, Reject(7, 0x03));

        static ArpFormatReason Reject(int offset, byte value)
        {
            var bytes = (byte[])CodecTestData.ArpRequest.Clone();
            bytes[offset] = value;
            var e = Assert.Throws<ArpFormatException>(() => ArpPacket.Decode(bytes));
            return e.Reason;
        }
    }
}
