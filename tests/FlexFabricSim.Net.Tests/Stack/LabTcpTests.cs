using System.Diagnostics;
using System.Security.Cryptography;
using FlexFabricSim.Net.Links;
using FlexFabricSim.Net.Tcp;
using Xunit.Abstractions;

namespace FlexFabricSim.Net.Tests.Stack;

/// <summary>The lab acceptance for TCP: bulk transfer through faults, and a cut link failing cleanly in virtual time.</summary>
public sealed class LabTcpTests(ITestOutputHelper output)
{
    private const int SixtyFourMiB = 64 * 1024 * 1024;

    [Fact]
    public void SixtyFourMebibytesEachWayThroughDropDuplicateAndReorder()
    {
        var faults = new LinkFaults { DropRate = 0.01, DuplicateRate = 0.01, ReorderRate = 0.01 };
        var lab = new TwoHostLab(portA: new LabPortOptions { Name = "a", Faults = faults });
        var toB = Pattern(SixtyFourMiB, 1);
        var toA = Pattern(SixtyFourMiB, 2);
        var clock = Stopwatch.StartNew();
        var (atB, atA, client) = lab.Run(async () =>
        {
            using var listener = lab.B.ListenTcp(5001);
            var accept = listener.AcceptAsync().AsTask();
            var client = await lab.A.ConnectTcpAsync(TwoHostLab.AddressB, 5001);
            var server = await accept;
            var clientStream = client.GetStream();
            var serverStream = server.GetStream();
            var sendAB = SendAndShutdown(client, toB);
            var sendBA = SendAndShutdown(server, toA);
            var receiveAtB = ReceiveAll(serverStream);
            var receiveAtA = ReceiveAll(clientStream);
            await Task.WhenAll(sendAB, sendBA, receiveAtB, receiveAtA);
            return (await receiveAtB, await receiveAtA, client);
        });
        output.WriteLine($"real {clock.Elapsed}, virtual {lab.Lab.Clock.Elapsed}, work items {lab.Lab.ExecutedWorkItems}");
        output.WriteLine($"port a: dropped {lab.PortA.Counters.DroppedByFault} duplicated {lab.PortA.Counters.Duplicated} reordered {lab.PortA.Counters.Reordered}");
        foreach (var stack in new[] { lab.A, lab.B })
        {
            var c = stack.Counters;
            output.WriteLine($"{stack.Name}: segments {c.TcpSegmentsSent} retransmissions {c.TcpRetransmissions} RTOs {c.TcpRetransmissionTimeouts} " +
                $"fast retransmits {c.TcpFastRetransmits} drops {string.Join(", ", c.DropsByReason)}");
        }

        Assert.Equal(SHA256.HashData(toB), SHA256.HashData(atB));
        Assert.Equal(SHA256.HashData(toA), SHA256.HashData(atA));
        Assert.True(lab.PortA.Counters.DroppedByFault > 1000, "the faults were really injected");
        Assert.True(lab.PortA.Counters.Duplicated > 1000);
        Assert.True(lab.PortA.Counters.Reordered > 1000);
        // The timer restarts on every ACK for new data (RFC 6298 5.3): it may only expire once ACKs have stopped for a whole RTO.
        Assert.Equal(0, lab.A.Counters.TcpRetransmissionTimeoutsWhileAcksArriving);
        Assert.Equal(0, lab.B.Counters.TcpRetransmissionTimeoutsWhileAcksArriving);
        Assert.True(lab.A.Counters.TcpFastRetransmits + lab.B.Counters.TcpFastRetransmits > 100, "most losses are repaired by fast retransmit");
        Assert.True(lab.A.Counters.TcpRetransmissionTimeouts + lab.B.Counters.TcpRetransmissionTimeouts
            < lab.A.Counters.TcpFastRetransmits + lab.B.Counters.TcpFastRetransmits, "timeouts are the exception, not the rule");
        Assert.True(lab.B.Counters.Dropped(FlexFabricSim.Net.Stack.DropReason.TcpDuplicate) > 0, "duplicates were recognised as such");
        Assert.Null(client.Error);
    }

    [Fact]
    public void CutLinkGivesTheReaderATimeoutAfterTheRetransmissionLimitInVirtualTime()
    {
        var lab = new TwoHostLab();
        var clock = Stopwatch.StartNew();
        TcpException? failure = null;
        var failedAt = TimeSpan.Zero;
        lab.Run(async () =>
        {
            using var listener = lab.B.ListenTcp(5002);
            var accept = listener.AcceptAsync().AsTask();
            var client = await lab.A.ConnectTcpAsync(TwoHostLab.AddressB, 5002);
            _ = await accept;
            var stream = client.GetStream();
            await stream.WriteAsync(new byte[1000]);
            var read = stream.ReadAsync(new byte[100]).AsTask();
            lab.PortB.Cut();
            await stream.WriteAsync(new byte[5000]);
            failure = await Assert.ThrowsAsync<TcpException>(() => read);
            failedAt = lab.Lab.Clock.Elapsed;
        });
        output.WriteLine($"real {clock.Elapsed}, failed at virtual {failedAt}: {failure?.Message}");
        Assert.Equal(TcpError.TimedOut, failure!.Error);
        Assert.Contains("8 retransmissions", failure.Message);
        // 1 + 2 + 4 + ... + 60 + 60 s of backed-off timeouts (RFC 6298 5.5, capped at 60 s), all virtual.
        Assert.InRange(failedAt, TimeSpan.FromSeconds(200), TimeSpan.FromSeconds(400));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"virtual waiting took {clock.Elapsed} of real time");
        Assert.Equal(1, lab.A.Counters.TcpConnectionsTimedOut);
    }

    private static byte[] Pattern(int length, int seed)
    {
        var data = new byte[length];
        new Random(seed).NextBytes(data);
        return data;
    }

    private static async Task SendAndShutdown(TcpConnection connection, byte[] data)
    {
        for (var offset = 0; offset < data.Length; offset += 256 * 1024)
        {
            await connection.WriteAsync(data.AsMemory(offset, Math.Min(256 * 1024, data.Length - offset)));
        }

        connection.ShutdownSend();
    }

    private static async Task<byte[]> ReceiveAll(Stream stream)
    {
        var received = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int n;
        while ((n = await stream.ReadAsync(buffer)) > 0)
        {
            received.Write(buffer, 0, n);
        }

        return received.ToArray();
    }
}
