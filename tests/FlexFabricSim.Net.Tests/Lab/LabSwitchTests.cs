using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Lab;
using FlexFabricSim.Net.Links;

namespace FlexFabricSim.Net.Tests.Lab;

public sealed class LabSwitchTests
{
    private static readonly MacAddress A = MacAddress.Parse("02:00:00:00:00:0a");
    private static readonly MacAddress B = MacAddress.Parse("02:00:00:00:00:0b");

    private static byte[] Frame(MacAddress destination, MacAddress source, ushort? vlan = null, int length = 60)
    {
        var header = new EthernetHeader { Destination = destination, Source = source, Tag = vlan is { } v ? new VlanTag(v) : null, EtherType = EtherType.IPv4 };
        var frame = new byte[length];
        header.WriteTo(frame);
        return frame;
    }

    [Fact]
    public void SfpPlusAdapterOnAOneGigabitPortNeverGetsLink()
    {
        var lab = new LabScheduler();
        var sw = new LabSwitch(lab);
        var port = sw.AddPort(new LabPortOptions { Speeds = LinkSpeeds.Speed1Gbps });
        var probe = new LabProbe(lab, port, LinkSpeeds.Speed10Gbps);
        lab.RunFor(TimeSpan.FromSeconds(10));
        Assert.False(port.Status.IsUp);
        Assert.Contains("no common speed", port.Status.Reason);
        Assert.DoesNotContain(probe.Statuses, s => s.IsUp);
        probe.Send(Frame(MacAddress.Broadcast, A));
        Assert.Equal(1, port.Counters.DroppedLinkDown);
    }

    [Fact]
    public void AutonegotiationPicksTheFastestCommonSpeed()
    {
        var lab = new LabScheduler();
        var sw = new LabSwitch(lab);
        var port = sw.AddPort(new LabPortOptions { Speeds = LinkSpeeds.Speed1Gbps | LinkSpeeds.Speed100Mbps });
        var probe = new LabProbe(lab, port, LinkSpeeds.Speed1Gbps | LinkSpeeds.Speed10Gbps);
        lab.RunUntilIdle();
        Assert.Equal(LinkStatus.Up(LinkSpeeds.Speed1Gbps), Assert.Single(probe.Statuses));
    }

    [Fact]
    public void FramesTakeSerialisationPlusLatencyOnEachCable()
    {
        var lab = new LabScheduler();
        var sw = new LabSwitch(lab);
        var pa = sw.AddPort(new LabPortOptions { Speeds = LinkSpeeds.Speed1Gbps });
        var pb = sw.AddPort(new LabPortOptions { Speeds = LinkSpeeds.Speed1Gbps });
        var a = new LabProbe(lab, pa);
        var b = new LabProbe(lab, pb);
        lab.RunUntilIdle();
        a.Send(Frame(B, A, length: 1514));
        lab.RunFor(TimeSpan.FromMilliseconds(1));
        // (1514 + 24) bytes at 1 Gb/s is 12.304 us per cable, plus 1 us of latency each way.
        var arrival = Assert.Single(b.Received).At;
        Assert.Equal(TimeSpan.FromTicks(266), arrival); // 26.6 us, in 100 ns ticks
    }

    [Fact]
    public void LearnedUnicastIsNotFloodedAndUnknownIs()
    {
        var lab = new LabScheduler();
        var sw = new LabSwitch(lab);
        var a = new LabProbe(lab, sw.AddPort());
        var b = new LabProbe(lab, sw.AddPort());
        var c = new LabProbe(lab, sw.AddPort());
        lab.RunUntilIdle();
        a.Send(Frame(B, A));
        lab.RunFor(TimeSpan.FromMilliseconds(1));
        Assert.Single(b.Received);
        Assert.Single(c.Received);
        b.Send(Frame(A, B));
        lab.RunFor(TimeSpan.FromMilliseconds(1));
        Assert.Single(a.Received);
        Assert.Single(c.Received);
    }

    [Fact]
    public void AccessAndTrunkPortsTagAndFilterVlans()
    {
        var lab = new LabScheduler();
        var sw = new LabSwitch(lab);
        var access100 = new LabProbe(lab, sw.AddPort(new LabPortOptions { AccessVlan = 100 }));
        var access1 = new LabProbe(lab, sw.AddPort());
        var trunkPort = sw.AddPort(new LabPortOptions { VlanMode = VlanMode.Trunk, TrunkVlans = new HashSet<ushort> { 100 }, NativeVlan = 1 });
        var trunk = new LabProbe(lab, trunkPort);
        lab.RunUntilIdle();
        access100.Send(Frame(MacAddress.Broadcast, A));
        lab.RunFor(TimeSpan.FromMilliseconds(1));
        Assert.Empty(access1.Received);
        Assert.Equal((ushort)100, EthernetHeader.Decode(Assert.Single(trunk.Received).Frame, out _).Tag?.VlanId);

        trunk.Send(Frame(MacAddress.Broadcast, B, vlan: 100));
        trunk.Send(Frame(MacAddress.Broadcast, B, vlan: 200));
        trunk.Send(Frame(MacAddress.Broadcast, B));
        lab.RunFor(TimeSpan.FromMilliseconds(1));
        Assert.Null(EthernetHeader.Decode(Assert.Single(access100.Received).Frame, out _).Tag);
        Assert.Single(access1.Received);
        Assert.Equal(1, trunkPort.Counters.DroppedVlan);

        // Tagged frames from a host on an access port are dropped.
        access1.Send(Frame(MacAddress.Broadcast, A, vlan: 1));
        lab.RunFor(TimeSpan.FromMilliseconds(1));
        Assert.Single(trunk.Received);
    }

    [Fact]
    public void CuttingTheCableLosesFramesInFlightAndReportsLinkDown()
    {
        var lab = new LabScheduler();
        var sw = new LabSwitch(lab);
        var pa = sw.AddPort();
        var pb = sw.AddPort();
        var a = new LabProbe(lab, pa);
        var b = new LabProbe(lab, pb);
        lab.RunUntilIdle();
        a.Send(Frame(B, A));
        pb.Cut();
        lab.RunFor(TimeSpan.FromMilliseconds(1));
        Assert.Empty(b.Received);
        Assert.Equal([true, false], b.Statuses.Select(s => s.IsUp));
        Assert.Equal("cable cut", b.Statuses[^1].Reason);
        pb.Reconnect();
        a.Send(Frame(B, A));
        lab.RunFor(TimeSpan.FromMilliseconds(1));
        Assert.Single(b.Received);
    }

    [Fact]
    public void FaultsAreDeterministicForASeed()
    {
        static (long, long, long, long) Run(int seed)
        {
            var lab = new LabScheduler();
            var sw = new LabSwitch(lab, seed: seed);
            var faults = new LinkFaults { DropRate = 0.1, DuplicateRate = 0.1, ReorderRate = 0.1, CorruptRate = 0.1 };
            var pa = sw.AddPort(new LabPortOptions { Faults = faults });
            var a = new LabProbe(lab, pa);
            var b = new LabProbe(lab, sw.AddPort());
            lab.RunUntilIdle();
            for (var i = 0; i < 1000; i++)
            {
                a.Send(Frame(B, A));
            }

            lab.RunFor(TimeSpan.FromSeconds(1));
            return (pa.Counters.DroppedByFault, pa.Counters.Duplicated, pa.Counters.Corrupted, b.Received.Count);
        }

        Assert.Equal(Run(7), Run(7));
        Assert.NotEqual(Run(7), Run(8));
        var (dropped, duplicated, _, received) = Run(7);
        Assert.Equal(1000 - dropped + duplicated, received);
    }
}
