using System.Net;
using FlexFabricSim.Net.Errors;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.IPv6;

namespace FlexFabricSim.Net.Tests.Codecs;

public sealed class IPv6AndNeighborDiscoveryTests
{
    private static readonly IPAddress LinkLocal = IPAddress.Parse("fe80::ff:fe00:a");
    private static readonly IPAddress Router = IPAddress.Parse("fe80::1");
    private static readonly MacAddress Mac = MacAddress.Parse("02:00:00:00:00:0a");

    [Fact]
    public void LinkLocalAndSolicitedNodeFollowRfc4291()
    {
        Assert.Equal(LinkLocal, IPv6Addressing.LinkLocal(Mac));
        Assert.Equal(IPAddress.Parse("fe80::21b:21ff:fe3c:4d5e"), IPv6Addressing.LinkLocal(MacAddress.Parse("00:1b:21:3c:4d:5e")));
        Assert.Equal(IPAddress.Parse("ff02::1:ff00:a"), IPv6Addressing.SolicitedNode(LinkLocal));
        Assert.Equal(IPAddress.Parse("2001:db8:1:2:0:ff:fe00:a"), IPv6Addressing.FromPrefix(IPAddress.Parse("2001:db8:1:2::"), Mac));
    }

    [Fact]
    public void FixedHeaderRoundTripsAndLaddersAreTruncated()
    {
        var header = new IPv6Header
        {
            PayloadLength = 8,
            NextHeader = IPProtocol.Udp,
            HopLimit = 255,
            TrafficClass = 0xb8,
            FlowLabel = 0x12345,
            Source = LinkLocal,
            Destination = IPv6Addressing.AllNodes,
        };
        var bytes = new byte[48];
        header.WriteTo(bytes);
        Assert.Equal("6b812345000811ff", Hex.Format(bytes.AsSpan(0, 8)));
        Assert.Equal(header, IPv6Header.Decode(bytes));
        for (var i = 0; i < 40; i++)
        {
            Assert.Equal(IPv6FormatReason.Truncated, Assert.Throws<IPv6FormatException>(() => IPv6Header.Decode(bytes.AsSpan(0, i))).Reason);
        }

        for (var i = 40; i < 48; i++)
        {
            Assert.Equal(IPv6FormatReason.BadPayloadLength, Assert.Throws<IPv6FormatException>(() => IPv6Header.Decode(bytes.AsSpan(0, i))).Reason);
        }

        bytes[0] = 0x4b;
        Assert.Equal(IPv6FormatReason.BadVersion, Assert.Throws<IPv6FormatException>(() => IPv6Header.Decode(bytes)).Reason);
    }

    [Fact]
    public void ExtensionHeadersAreSkippedOrRefused()
    {
        // Hop-by-hop with a router alert (as in MLD reports), then ICMPv6.
        var hopByHop = Hex.Parse("3a 00 05 02 00 00 01 00");
        Assert.Equal(IPProtocol.Icmpv6, IPv6ExtensionHeaders.Skip(hopByHop.Concat(new byte[8]).ToArray(), IPProtocol.HopByHopOptions, out var offset));
        Assert.Equal(8, offset);
        Assert.Equal(IPv6FormatReason.Truncated,
            Assert.Throws<IPv6FormatException>(() => IPv6ExtensionHeaders.Skip(hopByHop.AsSpan(0, 7), IPProtocol.HopByHopOptions, out _)).Reason);
        Assert.Equal(IPv6FormatReason.FragmentsUnsupported,
            Assert.Throws<IPv6FormatException>(() => IPv6ExtensionHeaders.Skip(new byte[8], IPProtocol.Fragment, out _)).Reason);
        var routing = Hex.Parse("3a 00 00 01 00 00 00 00");
        Assert.Equal(IPv6FormatReason.UnsupportedExtensionHeader,
            Assert.Throws<IPv6FormatException>(() => IPv6ExtensionHeaders.Skip(routing, IPProtocol.Routing, out _)).Reason);
        var loop = Enumerable.Repeat(Hex.Parse("00 00 01 04 00 00 00 00"), 9).SelectMany(b => b).ToArray();
        Assert.Equal(IPv6FormatReason.TooManyExtensionHeaders,
            Assert.Throws<IPv6FormatException>(() => IPv6ExtensionHeaders.Skip(loop, IPProtocol.HopByHopOptions, out _)).Reason);
    }

    [Fact]
    public void NeighborSolicitationRoundTripsWithAVerifiedChecksum()
    {
        var target = IPAddress.Parse("fe80::ff:fe00:b");
        var group = IPv6Addressing.SolicitedNode(target);
        var solicitation = new NeighborSolicitation { TargetAddress = target, Options = new NdOptions { SourceLinkLayerAddress = Mac } };
        var message = new byte[solicitation.GetEncodedLength()];
        Assert.Equal(32, solicitation.WriteTo(message, LinkLocal, group));
        var header = Icmpv6Header.Decode(message, LinkLocal, group);
        Assert.Equal(Icmpv6Type.NeighborSolicitation, header.Type);
        Assert.Equal(solicitation, NeighborSolicitation.Decode(message));
        Assert.Equal("0101" + "02000000000a", Hex.Format(message.AsSpan(24, 8)));
        Assert.Equal(Icmpv6FormatReason.BadChecksum,
            Assert.Throws<Icmpv6FormatException>(() => Icmpv6Header.Decode(message, Router, group)).Reason);
    }

    [Fact]
    public void RouterAdvertisementWithPrefixAndMtuRoundTrips()
    {
        var advertisement = new RouterAdvertisement
        {
            CurrentHopLimit = 64,
            ManagedAddressConfiguration = false,
            OtherConfiguration = true,
            RouterLifetime = 1800,
            Options = new NdOptions
            {
                SourceLinkLayerAddress = MacAddress.Parse("02:00:00:00:00:01"),
                Mtu = 1500,
                Prefixes = [new PrefixInformation { PrefixLength = 64, OnLink = true, Autonomous = true, ValidLifetime = 86400, PreferredLifetime = 14400, Prefix = IPAddress.Parse("2001:db8:1::") }],
            },
        };
        var message = new byte[advertisement.GetEncodedLength()];
        advertisement.WriteTo(message, Router, IPv6Addressing.AllNodes);
        Icmpv6Header.Decode(message, Router, IPv6Addressing.AllNodes);
        var decoded = RouterAdvertisement.Decode(message);
        Assert.Equal(advertisement with { Options = NdOptions.None }, decoded with { Options = NdOptions.None });
        Assert.Equal(advertisement.Options.Prefixes.Single(), decoded.Options.Prefixes.Single());
        Assert.Equal((uint?)1500, decoded.Options.Mtu);
        Assert.Equal(advertisement.Options.SourceLinkLayerAddress, decoded.Options.SourceLinkLayerAddress);
    }

    [Fact]
    public void NeighborAdvertisementFlagsAndBadOptionsAreChecked()
    {
        var advertisement = new NeighborAdvertisement
        {
            Solicited = true,
            Override = true,
            TargetAddress = LinkLocal,
            Options = new NdOptions { TargetLinkLayerAddress = Mac },
        };
        var message = new byte[advertisement.GetEncodedLength()];
        advertisement.WriteTo(message, LinkLocal, Router);
        Assert.Equal(0x60, message[4]);
        Assert.Equal(advertisement, NeighborAdvertisement.Decode(message));

        var zeroLength = (byte[])message.Clone();
        zeroLength[25] = 0;
        Assert.Equal(Icmpv6FormatReason.BadOptionLength, Assert.Throws<Icmpv6FormatException>(() => NeighborAdvertisement.Decode(zeroLength)).Reason);
        var pastEnd = (byte[])message.Clone();
        pastEnd[25] = 2;
        Assert.Equal(Icmpv6FormatReason.BadOptionLength, Assert.Throws<Icmpv6FormatException>(() => NeighborAdvertisement.Decode(pastEnd)).Reason);
        var badCode = (byte[])message.Clone();
        badCode[1] = 1;
        Assert.Equal(Icmpv6FormatReason.BadCode, Assert.Throws<Icmpv6FormatException>(() => NeighborAdvertisement.Decode(badCode)).Reason);
        Assert.Equal(Icmpv6FormatReason.Truncated, Assert.Throws<Icmpv6FormatException>(() => NeighborAdvertisement.Decode(message.AsSpan(0, 23))).Reason);
    }

    [Fact]
    public void PrefixLongerThan128IsRejected()
    {
        var advertisement = new RouterAdvertisement
        {
            Options = new NdOptions { Prefixes = [new PrefixInformation { PrefixLength = 64, Prefix = IPAddress.Parse("2001:db8::") }] },
        };
        var message = new byte[advertisement.GetEncodedLength()];
        advertisement.WriteTo(message, Router, IPv6Addressing.AllNodes);
        message[16 + 2] = 129;
        Assert.Equal(Icmpv6FormatReason.BadPrefixLength, Assert.Throws<Icmpv6FormatException>(() => RouterAdvertisement.Decode(message)).Reason);
    }

    [Fact]
    public void UnknownOptionsAreSkipped()
    {
        var solicitation = new RouterSolicitation();
        var message = new byte[8 + 16];
        solicitation.WriteTo(message, LinkLocal, IPv6Addressing.AllRouters);
        message[8] = (byte)NdOptionType.RecursiveDnsServer;
        message[9] = 2;
        Assert.Same(NdOptions.None, RouterSolicitation.Decode(message).Options);
    }
}
