using System.Net;
using System.Net.Sockets;
using FlexFabricSim.Cli.Commands;
using FlexFabricSim.Net.Iscsi;

namespace FlexFabricSim.Cli.Tests.Iscsi;

/// <summary>The CLI's host connections (<see cref="HostTcp"/>, <see cref="BlockingSocketStream"/>) on loopback: data both ways,
/// end of stream, cancellation of a blocked call, refused and cancelled connects, reported as a <see cref="NetworkStream"/> would.</summary>
public sealed class HostTcpTests : IDisposable
{
    /// <summary>Bounds a wait that must end; a broken wake-up fails the test instead of hanging the suite.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public HostTcpTests() => _listener.Start();

    private IscsiPortal Portal => new("127.0.0.1", ((IPEndPoint)_listener.LocalEndpoint).Port);

    [Fact]
    public async Task BytesGoBothWaysIntact()
    {
        await using var stream = await HostTcp.ConnectAsync(Portal, CancellationToken.None);
        using var peer = await _listener.AcceptSocketAsync();
        var sent = new byte[3 << 20];
        new Random(7).NextBytes(sent);

        // The peer echoes everything back while we write: both directions at once, larger than the socket buffers.
        var echo = Task.Run(() =>
        {
            var buffer = new byte[65536];
            var total = 0;
            while (total < sent.Length)
            {
                var n = peer.Receive(buffer);
                peer.Send(buffer.AsSpan(0, n));
                total += n;
            }
        });
        var write = Task.Run(async () => await stream.WriteAsync(sent));
        var received = new byte[sent.Length];
        var at = 0;
        while (at < received.Length)
        {
            var n = await stream.ReadAsync(received.AsMemory(at));
            Assert.NotEqual(0, n);
            at += n;
        }
        await write.WaitAsync(Bound);
        await echo.WaitAsync(Bound);
        Assert.Equal(sent, received);
    }

    [Fact]
    public async Task PeerClosingEndsTheStream()
    {
        await using var stream = await HostTcp.ConnectAsync(Portal, CancellationToken.None);
        using (var peer = await _listener.AcceptSocketAsync())
        {
            peer.Send([1, 2, 3]);
            peer.Shutdown(SocketShutdown.Both);
        }
        var buffer = new byte[16];
        Assert.Equal(3, await stream.ReadAsync(buffer));
        Assert.Equal(0, await stream.ReadAsync(buffer));
    }

    [Fact]
    public async Task CancellingABlockedReadWakesItWithOperationCanceled()
    {
        await using var stream = await HostTcp.ConnectAsync(Portal, CancellationToken.None);
        using var peer = await _listener.AcceptSocketAsync(); // connected, silent
        using var cancel = new CancellationTokenSource();
        var read = Task.Run(async () => await stream.ReadAsync(new byte[16], cancel.Token));
        await Task.Delay(100);
        Assert.False(read.IsCompleted);
        cancel.Cancel();
        var e = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read.WaitAsync(Bound));
        Assert.Equal(cancel.Token, e.CancellationToken);
    }

    [Fact]
    public async Task AnAlreadyCancelledTokenReadsNothing()
    {
        await using var stream = await HostTcp.ConnectAsync(Portal, CancellationToken.None);
        using var peer = await _listener.AcceptSocketAsync();
        peer.Send([9]);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => _ = await stream.ReadAsync(new byte[1], new CancellationToken(true)));
    }

    [Fact]
    public async Task AResetConnectionIsAnIOException()
    {
        await using var stream = await HostTcp.ConnectAsync(Portal, CancellationToken.None);
        using (var peer = await _listener.AcceptSocketAsync())
        {
            peer.LingerState = new LingerOption(true, 0); // close with RST
        }
        await Task.Delay(50);
        var e = await Assert.ThrowsAsync<IOException>(async () =>
        {
            // The reset may land on the read or on a write after it.
            _ = await stream.ReadAsync(new byte[16]);
            await stream.WriteAsync(new byte[16]);
            await stream.WriteAsync(new byte[16]);
        });
        Assert.IsType<SocketException>(e.InnerException);
    }

    [Fact]
    public async Task ARefusedConnectIsASocketException()
    {
        var portal = Portal;
        _listener.Stop();
        await Assert.ThrowsAsync<SocketException>(async () => await HostTcp.ConnectAsync(portal, CancellationToken.None));
    }

    [Fact]
    public async Task ACancelledConnectIsOperationCanceled() =>
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await HostTcp.ConnectAsync(Portal, new CancellationToken(true)));

    [Fact]
    public async Task ADisposedStreamRefusesUse()
    {
        var stream = await HostTcp.ConnectAsync(Portal, CancellationToken.None);
        await stream.DisposeAsync();
        await stream.DisposeAsync(); // twice is harmless
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => _ = await stream.ReadAsync(new byte[1]));
    }

    public void Dispose() => _listener.Dispose();
}
