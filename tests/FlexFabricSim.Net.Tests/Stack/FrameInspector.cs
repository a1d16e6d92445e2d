using System.Net;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.IPv4;
using FlexFabricSim.Net.IPv6;
using FlexFabricSim.Net.Links;
using FlexFabricSim.Net.Tcp;

namespace FlexFabricSim.Net.Tests.Stack;

/// <summary>A tap that keeps every frame of a link, with helpers to pick out protocols.</summary>
internal sealed class FrameRecorder : IFrameTap
{
    public List<(long Time, FrameDirection Direction, byte[] Frame)> Frames { get; } = [];

    public void OnFrame(long unixTimeNanoseconds, FrameDirection direction, ReadOnlySpan<byte> frame) =>
        Frames.Add((unixTimeNanoseconds, direction, frame.ToArray()));

    /// <summary>TCP headers in frames sent by the host (decoded with checksum verification).</summary>
    public IEnumerable<TcpHeader> TcpSent() => Frames.Where(f => f.Direction == FrameDirection.Outbound).Select(f => FrameInspector.Tcp(f.Frame)).OfType<TcpHeader>();

    /// <summary>ICMPv6 types in frames sent by the host, with their times.</summary>
    public IEnumerable<(long Time, Icmpv6Type Type)> Icmpv6Sent() => Frames
        .Where(f => f.Direction == FrameDirection.Outbound)
        .Select(f => (f.Time, Type: FrameInspector.Icmpv6(f.Frame)))
        .Where(x => x.Type is not null)
        .Select(x => (x.Time, x.Type!.Value));
}

/// <summary>Decodes the parts of a frame tests look at.</summary>
internal static class FrameInspector
{
    public static TcpHeader? Tcp(byte[] frame)
    {
        var ethernet = EthernetHeader.Decode(frame, out var offset);
        if (ethernet.EtherType == EtherType.IPv4)
        {
            var ip = IPv4Header.Decode(frame.AsSpan(offset), out var ipLength);
            return ip.Protocol != IPProtocol.Tcp ? null
                : TcpHeader.Decode(frame.AsSpan(offset + ipLength, ip.PayloadLength), ip.Source, ip.Destination, true, out _);
        }

        if (ethernet.EtherType == EtherType.IPv6)
        {
            var ip = IPv6Header.Decode(frame.AsSpan(offset));
            return ip.NextHeader != IPProtocol.Tcp ? null
                : TcpHeader.Decode(frame.AsSpan(offset + IPv6Header.Length, ip.PayloadLength), ip.Source, ip.Destination, true, out _);
        }

        return null;
    }

    public static Icmpv6Type? Icmpv6(byte[] frame)
    {
        var ethernet = EthernetHeader.Decode(frame, out var offset);
        if (ethernet.EtherType != EtherType.IPv6)
        {
            return null;
        }

        var ip = IPv6Header.Decode(frame.AsSpan(offset));
        return ip.NextHeader == IPProtocol.Icmpv6 ? (Icmpv6Type)frame[offset + IPv6Header.Length] : null;
    }

    /// <summary>A router advertisement frame from fe80::1 with one autonomous on-link /64 prefix.</summary>
    public static byte[] RouterAdvertisementFrame(MacAddress routerMac, IPAddress prefix, ushort routerLifetime = 1800, bool managed = false)
    {
        var router = IPAddress.Parse("fe80::1");
        var advertisement = new RouterAdvertisement
        {
            CurrentHopLimit = 64,
            ManagedAddressConfiguration = managed,
            RouterLifetime = routerLifetime,
            Options = new NdOptions
            {
                SourceLinkLayerAddress = routerMac,
                Prefixes = [new PrefixInformation { PrefixLength = 64, OnLink = true, Autonomous = true, ValidLifetime = 86400, PreferredLifetime = 14400, Prefix = prefix }],
            },
        };
        var length = advertisement.GetEncodedLength();
        var frame = new byte[14 + 40 + length];
        new EthernetHeader { Destination = MacAddress.ForIPv6Multicast(IPv6Addressing.AllNodes), Source = routerMac, EtherType = EtherType.IPv6 }.WriteTo(frame);
        new IPv6Header { PayloadLength = length, NextHeader = IPProtocol.Icmpv6, HopLimit = 255, Source = router, Destination = IPv6Addressing.AllNodes }.WriteTo(frame.AsSpan(14));
        advertisement.WriteTo(frame.AsSpan(54), router, IPv6Addressing.AllNodes);
        return frame;
    }
}
