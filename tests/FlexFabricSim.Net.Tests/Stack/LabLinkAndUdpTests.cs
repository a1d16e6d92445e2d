using System.Net;
using System.Net.Sockets;
using FlexFabricSim.Net.IPv6;
using FlexFabricSim.Net.Lab;
using FlexFabricSim.Net.Links;
using FlexFabricSim.Net.Stack;
using FlexFabricSim.Net.Udp;

namespace FlexFabricSim.Net.Tests.Stack;

public sealed class LabLinkAndUdpTests
{
    [Fact]
    public void LinkUpDelayHoldsTheFirstFrameFor255VirtualSeconds()
    {
        var lab = new LabScheduler();
        var sw = new LabSwitch(lab);
        var port = sw.AddPort();
        var recorder = new FrameRecorder();
        port.AddTap(recorder);
        var stack = new NetworkStack(new NetworkStackOptions { Mac = TwoHostLab.MacA, LinkUpDelay = TimeSpan.FromSeconds(255) }, lab, port);
        var readyAt = lab.Run(async () =>
        {
            await stack.WaitForLinkAsync();
            return lab.Clock.Elapsed;
        });
        Assert.Equal(TimeSpan.FromSeconds(255), readyAt);
        lab.RunFor(TimeSpan.FromSeconds(1));
        var first = recorder.Frames.First().Time;
        Assert.Equal(lab.Clock.UnixTimeNanoseconds - 1_000_000_000, first);
    }

    [Fact]
    public void AHostWhoseMediumCannotMatchThePortNeverBecomesReady()
    {
        var lab = new LabScheduler();
        var sw = new LabSwitch(lab);
        var stack = new NetworkStack(new NetworkStackOptions { Mac = TwoHostLab.MacA, SupportedSpeeds = LinkSpeeds.Speed10Gbps },
            lab, sw.AddPort(new LabPortOptions { Speeds = LinkSpeeds.Speed1Gbps }));
        var events = new List<StackEvent>();
        stack.EventRaised += (_, e) => events.Add(e);
        // Nothing can ever happen: the lab says so instead of waiting forever.
        var e = Assert.Throws<LabDeadlockException>(() => lab.Run(() => stack.WaitForLinkAsync()));
        Assert.False(stack.IsReady);
        Assert.Contains("no common speed", stack.LinkStatus.Reason);
        Assert.DoesNotContain(events, x => x.Kind == StackEventKind.LinkUp);
        Assert.NotNull(e);
    }

    [Fact]
    public void VlanTaggedHostReachesOnlyItsVlan()
    {
        var trunk = new LabPortOptions { Name = "a", VlanMode = VlanMode.Trunk, NativeVlan = null };
        var vlan100 = new LabPortOptions { Name = "b", AccessVlan = 100 };
        var lab = new TwoHostLab(a => a with { VlanId = 100 }, portA: trunk, portB: vlan100);
        var other = new NetworkStack(new NetworkStackOptions { Mac = FlexFabricSim.Net.Ethernet.MacAddress.Parse("02:00:00:00:00:0c"), IPv4Address = new IPPrefix(IPAddress.Parse("192.0.2.3"), 24) },
            lab.Lab, lab.Switch.AddPort(new LabPortOptions { AccessVlan = 1 }));
        var (viaVlan, wrongVlan) = lab.Run(async () =>
            (await lab.A.PingAsync(TwoHostLab.AddressB, TimeSpan.FromSeconds(1)), await lab.A.PingAsync(IPAddress.Parse("192.0.2.3"), TimeSpan.FromSeconds(5))));
        Assert.NotNull(viaVlan);
        Assert.Null(wrongVlan);
        Assert.Equal(0, other.Counters.FramesReceived);
    }

    [Fact]
    public void TaggedHostOnAnAccessPortIsCutOff()
    {
        var lab = new TwoHostLab(a => a with { VlanId = 100 });
        Assert.Null(lab.Run(() => lab.A.PingAsync(TwoHostLab.AddressB, TimeSpan.FromSeconds(5))));
        Assert.True(lab.PortA.Counters.DroppedVlan > 0);
    }

    [Fact]
    public void DhcpStyleBroadcastFromNoAddressAndUnicastReplyToTheOfferedAddress()
    {
        var lab = new TwoHostLab(a => a with { IPv4Address = null });
        var offered = IPAddress.Parse("192.0.2.50");
        var (atServer, atClient) = lab.Run(async () =>
        {
            using var server = lab.B.OpenUdp(67);
            using var client = lab.A.OpenUdp(68);
            client.SendTo("DISCOVER"u8, new IPEndPoint(IPAddress.Broadcast, 67), new UdpSendOptions { SourceAddress = IPAddress.Any });
            var request = await server.ReceiveAsync();
            // RFC 2131 §4.1: the server may unicast the offer to yiaddr at the client's hardware address.
            server.SendTo("OFFER"u8, new IPEndPoint(offered, 68), new UdpSendOptions { DestinationMac = request.SourceMac });
            var reply = await client.ReceiveAsync();
            return (request, reply);
        });
        Assert.Equal(new IPEndPoint(IPAddress.Any, 68), atServer.RemoteEndPoint);
        Assert.Equal(IPAddress.Broadcast, atServer.LocalAddress);
        Assert.True(atServer.IsBroadcastOrMulticast);
        Assert.Equal(TwoHostLab.MacA, atServer.SourceMac);
        Assert.Equal("DISCOVER"u8.ToArray(), atServer.Payload.ToArray());
        Assert.Equal(offered, atClient.LocalAddress);
        Assert.Equal(new IPEndPoint(TwoHostLab.AddressB, 67), atClient.RemoteEndPoint);

        lab.Lab.Run(() =>
        {
            lab.A.ConfigureIPv4(new IPv4Configuration(new IPPrefix(offered, 24), null));
            return Task.CompletedTask;
        });
        Assert.NotNull(lab.Lab.Run(() => lab.A.PingAsync(TwoHostLab.AddressB, TimeSpan.FromSeconds(1))));
    }

    [Fact]
    public void ChosenSourceMacIsWhatTheServerSees()
    {
        var lab = new TwoHostLab(a => a with { IPv4Address = null });
        var chosen = FlexFabricSim.Net.Ethernet.MacAddress.Parse("02:00:00:00:00:99");
        var datagram = lab.Run(async () =>
        {
            using var server = lab.B.OpenUdp(67);
            using var client = lab.A.OpenUdp(68);
            client.SendTo("x"u8, new IPEndPoint(IPAddress.Broadcast, 67), new UdpSendOptions { SourceAddress = IPAddress.Any, SourceMac = chosen });
            return await server.ReceiveAsync();
        });
        Assert.Equal(chosen, datagram.SourceMac);
    }

    [Fact]
    public void ClosedUdpPortAnswersUnicastWithPortUnreachableButNotBroadcast()
    {
        var lab = new TwoHostLab();
        lab.Run(async () =>
        {
            using var socket = lab.A.OpenUdp();
            socket.SendTo(new byte[10], new IPEndPoint(TwoHostLab.AddressB, 9999));
            socket.SendTo(new byte[10], new IPEndPoint(IPAddress.Broadcast, 9999));
            await Task.Delay(TimeSpan.FromMilliseconds(10), lab.Lab.TimeProvider);
        });
        Assert.Equal(2, lab.B.Counters.Dropped(DropReason.UdpNoListener));
        // A receives exactly one ICMP error, which it has no use for.
        Assert.Equal(1, lab.A.Counters.Dropped(DropReason.IcmpIgnored));
    }

    [Fact]
    public void Dhcpv6StyleMulticastToAllServersFromTheLinkLocalAddress()
    {
        var lab = new TwoHostLab();
        var datagram = lab.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2), lab.Lab.TimeProvider);
            using var server = lab.B.OpenUdp(547);
            server.JoinMulticastGroup(IPv6Addressing.AllDhcpRelayAgentsAndServers);
            using var client = lab.A.OpenUdp(546);
            client.SendTo("SOLICIT"u8, new IPEndPoint(IPv6Addressing.AllDhcpRelayAgentsAndServers, 547));
            return await server.ReceiveAsync();
        });
        Assert.Equal(new IPEndPoint(IPAddress.Parse("fe80::ff:fe00:a"), 546), datagram.RemoteEndPoint);
        Assert.Equal(IPv6Addressing.AllDhcpRelayAgentsAndServers, datagram.LocalAddress);
    }

    [Fact]
    public void SendingWithoutARouteIsASocketError()
    {
        var lab = new TwoHostLab();
        lab.Run(() =>
        {
            using var socket = lab.A.OpenUdp();
            var e = Assert.Throws<SocketException>(() => socket.SendTo(new byte[1], new IPEndPoint(IPAddress.Parse("198.51.100.1"), 7)));
            Assert.Equal(SocketError.NetworkUnreachable, e.SocketErrorCode);
            Assert.Throws<InvalidOperationException>(() => lab.A.OpenUdp(socket.LocalPort));
            return Task.CompletedTask;
        });
    }

    [Fact]
    public void StackMethodsRefuseOtherThreadsWhileTheLabRuns()
    {
        var lab = new TwoHostLab();
        Exception? refused = null;
        lab.Run(() =>
        {
            var other = new Thread(() => refused = Record.Exception(() => lab.A.OpenUdp()));
            other.Start();
            other.Join();
            return Task.CompletedTask;
        });
        Assert.IsType<InvalidOperationException>(refused);
        Assert.Contains("scheduler", refused.Message);
    }
}
