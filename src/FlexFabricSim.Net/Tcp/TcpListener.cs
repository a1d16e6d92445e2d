using FlexFabricSim.Net.Stack;

namespace FlexFabricSim.Net.Tcp;

/// <summary>A passive open on a port of a <see cref="NetworkStack"/>: completed handshakes wait in a backlog for <see cref="AcceptAsync"/>.</summary>
/// <remarks>Example: <c>using var l = stack.ListenTcp(3260); while (true) { var c = await l.AcceptAsync(ct); _ = Serve(c.GetStream()); }</c>.
/// SYNs beyond the backlog (half-open plus waiting) are dropped silently, as Linux does, so the client retries.</remarks>
public sealed class TcpListener : IDisposable
{
    private readonly NetworkStack _stack;
    private readonly Queue<TcpConnection> _ready = new();
    private TaskCompletionSource<TcpConnection>? _waiter;
    private CancellationTokenRegistration _waiterRegistration;
    private int _halfOpen;

    internal TcpListener(NetworkStack stack, ushort port, int backlog)
    {
        _stack = stack;
        LocalPort = port;
        Backlog = backlog;
    }

    /// <summary>The port listened on (every address of the host).</summary>
    public ushort LocalPort { get; }

    /// <summary>Most connections half-open or waiting to be accepted.</summary>
    public int Backlog { get; }

    /// <summary>Whether the listener was closed.</summary>
    public bool IsDisposed { get; private set; }

    internal bool IsFull => _halfOpen + _ready.Count >= Backlog;

    /// <summary>Waits for the next established connection.</summary>
    /// <exception cref="ObjectDisposedException">The listener was closed.</exception>
    public ValueTask<TcpConnection> AcceptAsync(CancellationToken cancellationToken = default)
    {
        _stack.Scheduler.VerifyAccess();
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        if (_ready.TryDequeue(out var connection))
        {
            return ValueTask.FromResult(connection);
        }

        if (_waiter is not null)
        {
            throw new InvalidOperationException("an accept is already pending on this listener");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var waiter = DeferredCompletion.Create<TcpConnection>();
        _waiter = waiter;
        if (cancellationToken.CanBeCanceled)
        {
            _waiterRegistration = cancellationToken.UnsafeRegister(static (state, token) =>
            {
                var (listener, waiter) = ((TcpListener, TaskCompletionSource<TcpConnection>))state!;
                listener._stack.Scheduler.Post(_ =>
                {
                    if (listener._waiter == waiter)
                    {
                        listener._waiter = null;
                        waiter.TrySetCanceled(token);
                    }
                }, null);
            }, (this, waiter));
        }

        return new ValueTask<TcpConnection>(waiter.Task);
    }

    /// <summary>Stops listening; connections not yet accepted are reset, a pending accept fails.</summary>
    public void Dispose()
    {
        if (IsDisposed)
        {
            return;
        }

        _stack.Scheduler.VerifyAccess();
        IsDisposed = true;
        _stack.CloseTcpListener(this);
        while (_ready.TryDequeue(out var connection))
        {
            connection.Abort();
        }

        _waiterRegistration.Dispose();
        if (_waiter is { } pending)
        {
            _stack.Scheduler.Fail(pending, new ObjectDisposedException(nameof(TcpListener)));
        }

        _waiter = null;
    }

    internal void OnHalfOpen() => _halfOpen++;

    internal void OnHalfOpenGone() => _halfOpen--;

    internal void OnEstablished(TcpConnection connection)
    {
        _halfOpen--;
        if (IsDisposed)
        {
            connection.Abort();
            return;
        }

        if (_waiter is { } waiter)
        {
            _waiter = null;
            _waiterRegistration.Dispose();
            _stack.Scheduler.Resolve(waiter, connection);
            return;
        }

        _ready.Enqueue(connection);
    }
}
