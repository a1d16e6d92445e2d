using System.Net;
using FlexFabricSim.Net.Tcp;

namespace FlexFabricSim.Net.Tests.Stack;

public sealed class LabTcpBehaviourTests
{
    [Fact]
    public void ClosedPortRefusesWithRst()
    {
        var lab = new TwoHostLab();
        var e = lab.Run(() => Assert.ThrowsAsync<TcpException>(() => lab.A.ConnectTcpAsync(TwoHostLab.AddressB, 3260)));
        Assert.Equal(TcpError.ConnectionRefused, e.Error);
        Assert.Equal(1, lab.B.Counters.TcpResetsSent);
    }

    [Fact]
    public void NoRouteFailsAtOnce()
    {
        var lab = new TwoHostLab();
        var e = lab.Run(() => Assert.ThrowsAsync<TcpException>(() => lab.A.ConnectTcpAsync(IPAddress.Parse("198.51.100.9"), 3260)));
        Assert.Equal(TcpError.NetworkUnreachable, e.Error);
    }

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, false)]
    public void TimestampsAreUsedOnlyWhenBothSidesOfferThem(bool client, bool server, bool expected)
    {
        var lab = new TwoHostLab(a => a with { Tcp = a.Tcp with { Timestamps = client } }, b => b with { Tcp = b.Tcp with { Timestamps = server } });
        var recorderA = new FrameRecorder();
        var recorderB = new FrameRecorder();
        lab.PortA.AddTap(recorderA);
        lab.PortB.AddTap(recorderB);
        var (clientSide, serverSide) = lab.Run(async () =>
        {
            using var listener = lab.B.ListenTcp(3260);
            var accept = listener.AcceptAsync().AsTask();
            var connection = await lab.A.ConnectTcpAsync(TwoHostLab.AddressB, 3260);
            await connection.WriteAsync(new byte[3000]);
            var accepted = await accept;
            var buffer = new byte[3000];
            var total = 0;
            while (total < 3000)
            {
                total += await accepted.ReadAsync(buffer.AsMemory(total));
            }

            return (connection, accepted);
        });
        var syn = recorderA.TcpSent().First();
        var synAck = recorderB.TcpSent().First();
        Assert.Equal(TcpFlags.Syn, syn.Flags);
        Assert.Equal(TcpFlags.Syn | TcpFlags.Ack, synAck.Flags);
        Assert.Equal(client, syn.Timestamps is not null);
        Assert.Equal(client && server, synAck.Timestamps is not null);
        Assert.Equal(expected, clientSide.TimestampsEnabled);
        Assert.Equal(expected, serverSide.TimestampsEnabled);
        Assert.All(recorderA.TcpSent().Skip(1), h => Assert.Equal(expected, h.Timestamps is not null));
        Assert.Equal((ushort?)1460, syn.MaximumSegmentSize);
        Assert.Equal(expected ? 1448 : 1460, clientSide.SendMaximumSegmentSize);
        if (expected)
        {
            Assert.Equal(syn.Timestamps!.Value.Value, synAck.Timestamps!.Value.EchoReply);
        }
    }

    [Fact]
    public void SegmentsFollowTheSmallerMssAndWindowScalingLetsBigBuffersFill()
    {
        var lab = new TwoHostLab(
            a => a with { Tcp = a.Tcp with { MaximumSegmentSize = 536 } },
            b => b with { Tcp = b.Tcp with { ReceiveBufferSize = 1024 * 1024 } });
        var recorder = new FrameRecorder();
        lab.PortB.AddTap(recorder);
        var data = new byte[200_000];
        new Random(3).NextBytes(data);
        var received = lab.Run(async () =>
        {
            using var listener = lab.B.ListenTcp(80);
            var accept = listener.AcceptAsync().AsTask();
            var client = await lab.A.ConnectTcpAsync(TwoHostLab.AddressB, 80);
            var server = await accept;
            var write = WriteAndClose(server, data);
            var buffer = new MemoryStream();
            var chunk = new byte[10000];
            int n;
            while ((n = await client.ReadAsync(chunk)) > 0)
            {
                buffer.Write(chunk, 0, n);
            }

            await write;
            return buffer.ToArray();
        });
        Assert.Equal(data, received);
        var synAck = recorder.TcpSent().First();
        Assert.Equal((byte?)5, synAck.WindowScale);
        Assert.All(recorder.Frames.Where(f => f.Direction == Links.FrameDirection.Outbound), f => Assert.True(f.Frame.Length <= 14 + 20 + 20 + 536));
    }

    private static async Task WriteAndClose(TcpConnection connection, byte[] data)
    {
        await connection.WriteAsync(data);
        connection.Close();
    }

    [Fact]
    public void FlowControlStallsTheWriterUntilTheReaderReads()
    {
        var lab = new TwoHostLab();
        var data = new byte[1_000_000];
        new Random(4).NextBytes(data);
        var received = lab.Run(async () =>
        {
            using var listener = lab.B.ListenTcp(80);
            var accept = listener.AcceptAsync().AsTask();
            var client = await lab.A.ConnectTcpAsync(TwoHostLab.AddressB, 80);
            var server = await accept;
            var write = client.WriteAsync(data).AsTask();
            await Task.Delay(TimeSpan.FromSeconds(30), lab.Lab.TimeProvider);
            // Send buffer (64 KiB) plus the receiver's window (64 KiB) at most: the writer waits.
            Assert.False(write.IsCompleted);
            var buffer = new MemoryStream();
            var chunk = new byte[7000];
            while (buffer.Length < data.Length)
            {
                var n = await server.ReadAsync(chunk);
                buffer.Write(chunk, 0, n);
            }

            await write;
            return buffer.ToArray();
        });
        Assert.Equal(data, received);
    }

    [Fact]
    public void HalfCloseLetsTheOtherSideFinishThenBothClose()
    {
        var lab = new TwoHostLab();
        var (clientState, serverState, reply) = lab.Run(async () =>
        {
            using var listener = lab.B.ListenTcp(80);
            var accept = listener.AcceptAsync().AsTask();
            var client = await lab.A.ConnectTcpAsync(TwoHostLab.AddressB, 80);
            var server = await accept;
            await client.WriteAsync("request"u8.ToArray());
            client.ShutdownSend();
            var buffer = new byte[100];
            var n = await server.ReadAsync(buffer);
            Assert.Equal(0, await server.ReadAsync(buffer.AsMemory(n)));
            await server.WriteAsync(buffer.AsMemory(0, n));
            server.Close();
            var answer = new byte[100];
            var m = await client.ReadAsync(answer);
            Assert.Equal(0, await client.ReadAsync(answer));
            client.Close();
            await server.Closed;
            return (client.State, server.State, answer[..m]);
        });
        Assert.Equal("request"u8.ToArray(), reply);
        Assert.Equal(TcpState.TimeWait, clientState);
        Assert.Equal(TcpState.Closed, serverState);
    }

    [Fact]
    public void AbortResetsThePeersPendingRead()
    {
        var lab = new TwoHostLab();
        var e = lab.Run(async () =>
        {
            using var listener = lab.B.ListenTcp(80);
            var accept = listener.AcceptAsync().AsTask();
            var client = await lab.A.ConnectTcpAsync(TwoHostLab.AddressB, 80);
            var server = await accept;
            var read = server.ReadAsync(new byte[10]).AsTask();
            client.Abort();
            return await Assert.ThrowsAsync<TcpException>(() => read);
        });
        Assert.Equal(TcpError.ConnectionReset, e.Error);
    }

    [Fact]
    public void TcpRunsOverIPv6LinkLocal()
    {
        var lab = new TwoHostLab();
        var echoed = lab.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2), lab.Lab.TimeProvider);
            using var listener = lab.B.ListenTcp(3260);
            var accept = listener.AcceptAsync().AsTask();
            var client = await lab.A.ConnectTcpAsync(IPAddress.Parse("fe80::ff:fe00:b"), 3260);
            var server = await accept;
            Assert.Equal(IPAddress.Parse("fe80::ff:fe00:a"), server.RemoteEndPoint.Address);
            await client.WriteAsync(new byte[5000]);
            var buffer = new byte[5000];
            var total = 0;
            while (total < buffer.Length)
            {
                total += await server.ReadAsync(buffer.AsMemory(total));
            }

            return total;
        });
        Assert.Equal(5000, echoed);
    }

    [Fact]
    public void ListenerBacklogDropsExtraSynsAndClientsRetry()
    {
        var lab = new TwoHostLab();
        var count = lab.Run(async () =>
        {
            using var listener = lab.B.ListenTcp(80, backlog: 1);
            var first = lab.A.ConnectTcpAsync(TwoHostLab.AddressB, 80);
            var second = lab.A.ConnectTcpAsync(TwoHostLab.AddressB, 80);
            await first;
            var accepted = await listener.AcceptAsync();
            await second;
            await listener.AcceptAsync();
            return lab.B.Counters.Dropped(FlexFabricSim.Net.Stack.DropReason.TcpListenBacklogFull);
        });
        Assert.True(count >= 1);
    }
}
