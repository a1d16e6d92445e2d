using System.Diagnostics.CodeAnalysis;
using System.Net;
using FlexFabricSim.Net.Stack;

namespace FlexFabricSim.Net.Udp;

/// <summary>A UDP port on a <see cref="NetworkStack"/>, bound to every address of the host, IPv4 and IPv6, broadcasts included.</summary>
/// <remarks>
/// Built for DHCP: send from 0.0.0.0 to 255.255.255.255 with <see cref="UdpSendOptions"/>, receive broadcasts on 67/68, join
/// ff02::1:2 for DHCPv6 with <see cref="JoinMulticastGroup"/>. Like the stack, it is used on the stack's scheduler only.
/// Example: <c>using var u = stack.OpenUdp(68); u.SendTo(discover, new IPEndPoint(IPAddress.Broadcast, 67), new() { SourceAddress = IPAddress.Any });
/// var reply = await u.ReceiveAsync(ct);</c>
/// </remarks>
public sealed class UdpSocket : IDisposable
{
    private readonly NetworkStack _stack;
    private readonly Queue<UdpDatagram> _queue = new();
    private readonly List<IPAddress> _groups = [];
    private TaskCompletionSource<UdpDatagram>? _waiter;
    private CancellationTokenRegistration _waiterRegistration;

    internal UdpSocket(NetworkStack stack, ushort port, int receiveQueueLimit)
    {
        _stack = stack;
        LocalPort = port;
        ReceiveQueueLimit = receiveQueueLimit;
    }

    /// <summary>The bound port.</summary>
    public ushort LocalPort { get; }

    /// <summary>Datagrams kept while nobody reads; more are dropped and counted.</summary>
    public int ReceiveQueueLimit { get; }

    /// <summary>Whether the socket was closed.</summary>
    public bool IsDisposed { get; private set; }

    /// <summary>Waits for the next datagram.</summary>
    /// <exception cref="ObjectDisposedException">The socket was closed.</exception>
    public ValueTask<UdpDatagram> ReceiveAsync(CancellationToken cancellationToken = default)
    {
        _stack.Scheduler.VerifyAccess();
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        if (_queue.TryDequeue(out var ready))
        {
            return ValueTask.FromResult(ready);
        }

        if (_waiter is not null)
        {
            throw new InvalidOperationException("a receive is already pending on this socket");
        }

        var waiter = DeferredCompletion.Create<UdpDatagram>();
        _waiter = waiter;
        if (cancellationToken.CanBeCanceled)
        {
            _waiterRegistration = cancellationToken.UnsafeRegister(static (state, token) =>
            {
                var (socket, waiter) = ((UdpSocket, TaskCompletionSource<UdpDatagram>))state!;
                socket._stack.Scheduler.Post(_ => socket.CancelWaiter(waiter, token), null);
            }, (this, waiter));
        }

        return new ValueTask<UdpDatagram>(waiter.Task);
    }

    /// <summary>Takes a datagram that has already arrived, if any.</summary>
    public bool TryReceive([NotNullWhen(true)] out UdpDatagram? datagram)
    {
        _stack.Scheduler.VerifyAccess();
        return _queue.TryDequeue(out datagram);
    }

    /// <summary>Sends <paramref name="payload"/> to <paramref name="remote"/> (unicast, broadcast or multicast).</summary>
    /// <exception cref="System.Net.Sockets.SocketException">No route or no usable source address.</exception>
    public void SendTo(ReadOnlySpan<byte> payload, IPEndPoint remote, UdpSendOptions? options = null)
    {
        _stack.Scheduler.VerifyAccess();
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        ArgumentNullException.ThrowIfNull(remote);
        _stack.SendUdp(LocalPort, payload, remote, options);
    }

    /// <summary>Sends like <see cref="SendTo"/>; completes at once (the frame is on the link or waiting for address resolution).</summary>
    public Task SendToAsync(ReadOnlyMemory<byte> payload, IPEndPoint remote, UdpSendOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        SendTo(payload.Span, remote, options);
        return Task.CompletedTask;
    }

    /// <summary>Receives datagrams sent to <paramref name="group"/> (an IPv4 or IPv6 multicast address, e.g. ff02::1:2).</summary>
    public void JoinMulticastGroup(IPAddress group)
    {
        _stack.Scheduler.VerifyAccess();
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        _stack.JoinGroup(group);
        _groups.Add(group);
    }

    /// <summary>Stops receiving datagrams for <paramref name="group"/>.</summary>
    public void LeaveMulticastGroup(IPAddress group)
    {
        _stack.Scheduler.VerifyAccess();
        if (_groups.Remove(group))
        {
            _stack.LeaveGroup(group);
        }
    }

    /// <summary>Closes the socket; a pending receive fails with <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        if (IsDisposed)
        {
            return;
        }

        IsDisposed = true;
        foreach (var group in _groups)
        {
            _stack.LeaveGroup(group);
        }

        _groups.Clear();
        _stack.CloseUdp(this);
        _waiterRegistration.Dispose();
        if (_waiter is { } pending)
        {
            _stack.Scheduler.Fail(pending, new ObjectDisposedException(nameof(UdpSocket)));
        }

        _waiter = null;
    }

    /// <summary>Hands an arrived datagram to the reader, or queues it; false when the queue is full.</summary>
    internal bool Deliver(UdpDatagram datagram)
    {
        if (_waiter is { } waiter)
        {
            _waiter = null;
            _waiterRegistration.Dispose();
            _stack.Scheduler.Resolve(waiter, datagram);
            return true;
        }

        if (_queue.Count >= ReceiveQueueLimit)
        {
            return false;
        }

        _queue.Enqueue(datagram);
        return true;
    }

    private void CancelWaiter(TaskCompletionSource<UdpDatagram> waiter, CancellationToken token)
    {
        if (_waiter == waiter)
        {
            _waiter = null;
            waiter.TrySetCanceled(token);
        }
    }
}
