using System.Security.Cryptography;
using FlexFabricSim.Net.Links;
using FlexFabricSim.Net.Stack;
using Xunit.Abstractions;

namespace FlexFabricSim.Net.Tests.Stack;

/// <summary>Random and mutated frames of every header into a stack with an open connection: nothing escapes, everything is counted.</summary>
public sealed class RobustnessTests(ITestOutputHelper output)
{
    private const int FrameCount = 120_000;

    [Fact]
    public void HundredThousandHostileFramesAreCountedAndTheConnectionKeepsWorking()
    {
        var lab = new TwoHostLab();
        var target = (IEthernetLinkClient)lab.B;
        lab.Run(async () =>
        {
            using var listener = lab.B.ListenTcp(3260);
            var accept = listener.AcceptAsync().AsTask();
            var client = await lab.A.ConnectTcpAsync(TwoHostLab.AddressB, 3260);
            var server = await accept;
            using var udp = lab.B.OpenUdp(67);
            await Task.Delay(TimeSpan.FromSeconds(2), lab.Lab.TimeProvider);
            await Exchange(client, server, 100_000);

            var frames = new FuzzFrames(new Random(2026), lab.B.Mac, TwoHostLab.AddressB, lab.B.IPv6LinkLocalAddress!,
                ((ushort)server.LocalEndPoint.Port, (ushort)client.LocalEndPoint.Port, TwoHostLab.AddressA));
            var before = lab.B.Counters.FramesReceived;
            for (var i = 0; i < FrameCount; i++)
            {
                target.OnFrameReceived(frames.Next(), ReceivedFrameFlags.None);
                if (i % 500 == 0)
                {
                    // Let the replies and timers the junk caused run, as they would on a wire.
                    await Task.Delay(TimeSpan.FromMilliseconds(1), lab.Lab.TimeProvider);
                    while (udp.TryReceive(out _))
                    {
                    }
                }
            }

            Assert.True(lab.B.Counters.FramesReceived - before >= FrameCount);
            await Exchange(client, server, 1_000_000);
            Assert.Null(client.Error);
            Assert.Null(server.Error);
        });

        var counters = lab.B.Counters;
        output.WriteLine($"received {counters.FramesReceived}, delivered {counters.FramesDelivered}");
        foreach (var (reason, count) in counters.DropsByReason)
        {
            output.WriteLine($"  {reason}: {count}");
        }

        foreach (var (reason, count) in counters.FormatRejects.OrderBy(r => r.Key))
        {
            output.WriteLine($"  {reason}: {count}");
        }

        Assert.Equal(counters.FramesReceived, counters.FramesDelivered + counters.TotalDropped);
        Assert.True(counters.DropsByReason.Count >= 18, $"only {counters.DropsByReason.Count} drop reasons were hit");
        Assert.True(counters.FormatRejects.Count >= 20, $"only {counters.FormatRejects.Count} decoder reasons were hit");
        foreach (var family in new[] { "Ethernet", "Arp", "IPv4", "Icmp", "IPv6", "Icmpv6", "Udp", "Tcp" })
        {
            Assert.Contains(counters.FormatRejects.Keys, k => k.StartsWith(family + ".", StringComparison.Ordinal));
        }
    }

    private static async Task Exchange(Tcp.TcpConnection client, Tcp.TcpConnection server, int length)
    {
        var data = RandomNumberGenerator.GetBytes(length);
        var write = client.WriteAsync(data).AsTask();
        var received = new byte[length];
        var total = 0;
        while (total < length)
        {
            var n = await server.ReadAsync(received.AsMemory(total));
            Assert.True(n > 0);
            total += n;
        }

        await write;
        Assert.Equal(SHA256.HashData(data), SHA256.HashData(received));
        var back = server.WriteAsync(received).AsTask();
        var echoed = new byte[length];
        total = 0;
        while (total < length)
        {
            total += await client.ReadAsync(echoed.AsMemory(total));
        }

        await back;
        Assert.Equal(data, echoed);
    }
}
