using System.Net;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.IPv6;
using FlexFabricSim.Net.Lab;
using FlexFabricSim.Net.Links;
using FlexFabricSim.Net.Stack;
using FlexFabricSim.Net.Tests.Lab;

namespace FlexFabricSim.Net.Tests.Stack;

public sealed class LabIPv6Tests
{
    private static readonly MacAddress RouterMac = MacAddress.Parse("02:00:00:00:00:01");

    [Fact]
    public void LinkLocalAddressesComeFromTheMacAfterDadAndAnswerPing()
    {
        var lab = new TwoHostLab();
        var rtt = lab.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2), lab.Lab.TimeProvider);
            Assert.Equal(IPAddress.Parse("fe80::ff:fe00:a"), lab.A.IPv6LinkLocalAddress);
            return await lab.A.PingAsync(IPAddress.Parse("fe80::ff:fe00:b%7"), TimeSpan.FromSeconds(1));
        });
        Assert.NotNull(rtt);
        Assert.Equal(TwoHostLab.MacB, lab.Lab.Run(() => Task.FromResult(lab.A.IPv6Neighbors[IPAddress.Parse("fe80::ff:fe00:b")])));
    }

    [Fact]
    public void RouterSolicitationsGoOutThreeTimesFourSecondsApartWhenNoRouterAnswers()
    {
        var lab = new LabScheduler();
        var sw = new LabSwitch(lab);
        var port = sw.AddPort();
        var recorder = new FrameRecorder();
        port.AddTap(recorder);
        var stack = new NetworkStack(new NetworkStackOptions { Mac = TwoHostLab.MacA, IPv6Autoconfiguration = true }, lab, port);
        var events = new List<StackEvent>();
        stack.EventRaised += (_, e) => events.Add(e);
        lab.RunFor(TimeSpan.FromSeconds(30));
        var solicitations = recorder.Icmpv6Sent().Where(x => x.Type == Icmpv6Type.RouterSolicitation).Select(x => x.Time).ToList();
        Assert.Equal(3, solicitations.Count);
        Assert.Equal(TimeSpan.FromSeconds(4).Ticks * 100, solicitations[1] - solicitations[0]);
        Assert.Equal(TimeSpan.FromSeconds(4).Ticks * 100, solicitations[2] - solicitations[1]);
        Assert.Contains(events, e => e.Kind == StackEventKind.NoRouterFound);
        Assert.Equal(
            [Icmpv6Type.NeighborSolicitation, Icmpv6Type.RouterSolicitation, Icmpv6Type.RouterSolicitation, Icmpv6Type.RouterSolicitation],
            recorder.Icmpv6Sent().Select(x => x.Type));
    }

    [Fact]
    public void SlaacFormsAnAddressFromTheAdvertisedPrefixAndLearnsTheRouter()
    {
        var lab = new LabScheduler();
        var sw = new LabSwitch(lab);
        var router = new LabProbe(lab, sw.AddPort());
        var stack = new NetworkStack(new NetworkStackOptions { Mac = TwoHostLab.MacA, IPv6Autoconfiguration = true }, lab, sw.AddPort());
        var prefix = IPAddress.Parse("2001:db8:1::");
        router.OnFrame = frame =>
        {
            if (FrameInspector.Icmpv6(frame) == Icmpv6Type.RouterSolicitation)
            {
                router.Send(FrameInspector.RouterAdvertisementFrame(RouterMac, prefix, managed: true));
            }
        };
        var events = new List<StackEvent>();
        stack.EventRaised += (_, e) => events.Add(e);
        lab.RunFor(TimeSpan.FromSeconds(20));
        var global = IPAddress.Parse("2001:db8:1:0:0:ff:fe00:a");
        lab.Run(() =>
        {
            Assert.Contains(stack.IPv6Addresses, a => a.Address.Equals(global) && a.Origin == IPv6AddressOrigin.Autoconfigured && a.IsUsable);
            var learned = Assert.Single(stack.IPv6Routers);
            Assert.Equal(IPAddress.Parse("fe80::1"), learned.Address);
            Assert.True(learned.ManagedAddressConfiguration);
            Assert.Equal(new IPPrefix(prefix, 64), Assert.Single(stack.IPv6Prefixes).Prefix);
            return Task.CompletedTask;
        });
        Assert.Single(router.Received, r => FrameInspector.Icmpv6(r.Frame) == Icmpv6Type.RouterSolicitation);
        Assert.Contains(events, e => e.Kind == StackEventKind.RouterLearned && e.Message.Contains("M=1", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Kind == StackEventKind.AddressAssigned && e.Message.Contains("2001:db8:1::ff:fe00:a", StringComparison.Ordinal));
    }

    [Fact]
    public void WithoutAutoconfigurationRouterAdvertisementsAreIgnored()
    {
        var lab = new LabScheduler();
        var sw = new LabSwitch(lab);
        var router = new LabProbe(lab, sw.AddPort());
        var stack = new NetworkStack(new NetworkStackOptions { Mac = TwoHostLab.MacA }, lab, sw.AddPort());
        lab.RunFor(TimeSpan.FromSeconds(2));
        router.Send(FrameInspector.RouterAdvertisementFrame(RouterMac, IPAddress.Parse("2001:db8:1::")));
        lab.RunFor(TimeSpan.FromSeconds(5));
        Assert.Equal(1, stack.Counters.Dropped(DropReason.IcmpIgnored));
        Assert.DoesNotContain(router.Received, r => FrameInspector.Icmpv6(r.Frame) == Icmpv6Type.RouterSolicitation);
        lab.Run(() =>
        {
            Assert.Empty(stack.IPv6Routers);
            Assert.Single(stack.IPv6Addresses);
            return Task.CompletedTask;
        });
    }

    [Fact]
    public void DuplicateAddressDetectionRefusesAnAddressAnotherNodeUses()
    {
        var shared = new IPPrefix(IPAddress.Parse("2001:db8::5"), 64);
        var lab = new TwoHostLab(a => a with { IPv6Address = shared });
        lab.Lab.RunFor(TimeSpan.FromSeconds(3));
        var b = new LabProbe(lab.Lab, lab.Switch.AddPort());
        lab.Lab.Run(() =>
        {
            Assert.Contains(lab.A.IPv6Addresses, a => a.Address.Equals(shared.Address) && a.IsUsable);
            lab.B.AddIPv6Address(shared, IPv6AddressOrigin.Static);
            return Task.CompletedTask;
        });
        lab.Lab.RunFor(TimeSpan.FromSeconds(3));
        lab.Lab.Run(() =>
        {
            Assert.Equal(IPv6AddressState.Duplicate, lab.B.IPv6Addresses.Single(a => a.Address.Equals(shared.Address)).State);
            return Task.CompletedTask;
        });
        Assert.NotEmpty(b.Received);
    }
}
