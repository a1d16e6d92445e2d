using FlexFabricSim.Net.Stack;

namespace FlexFabricSim.Net.Tcp;

/// <summary>The application's side: reading, writing, half-close, close and abort.</summary>
public sealed partial class TcpConnection
{
    private TcpException? _failure;
    private PendingRead? _pendingRead;
    private PendingWrite? _pendingWrite;
    private bool _appClosed;

    /// <summary>Reads what has arrived, waiting for at least one byte; 0 means the peer closed its side (FIN).</summary>
    /// <exception cref="TcpException">The connection failed (reset, timed out, aborted).</exception>
    public ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _stack.Scheduler.VerifyAccess();
        if (_receiveQueue.Count > 0 && !buffer.IsEmpty)
        {
            var read = _receiveQueue.Read(buffer.Span);
            MaybeSendWindowUpdate();
            return ValueTask.FromResult(read);
        }

        if (_failure is { } failure)
        {
            return ValueTask.FromException<int>(Rethrowable(failure));
        }

        if (_finReceived || State == TcpState.Closed || buffer.IsEmpty)
        {
            return ValueTask.FromResult(0);
        }

        if (_pendingRead is not null)
        {
            throw new InvalidOperationException("a read is already pending on this connection");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var pending = new PendingRead(buffer, _stack.Scheduler);
        _pendingRead = pending;
        pending.Register(this, cancellationToken);
        return new ValueTask<int>(pending.Completion.Task);
    }

    /// <summary>Queues <paramref name="data"/> for sending; completes when all of it is in the send buffer (not when acknowledged).</summary>
    /// <exception cref="TcpException">The connection failed.</exception>
    /// <exception cref="InvalidOperationException">The send side was already shut down.</exception>
    public ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        _stack.Scheduler.VerifyAccess();
        if (_failure is { } failure)
        {
            return ValueTask.FromException(Rethrowable(failure));
        }

        if (_finRequested || State is TcpState.Closed)
        {
            throw new InvalidOperationException("the connection's send side is closed");
        }

        if (_pendingWrite is not null)
        {
            throw new InvalidOperationException("a write is already pending on this connection");
        }

        var rest = Enqueue(data);
        TrySend();
        if (rest.IsEmpty)
        {
            return ValueTask.CompletedTask;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var pending = new PendingWrite(rest, _stack.Scheduler);
        _pendingWrite = pending;
        pending.Register(this, cancellationToken);
        return new ValueTask(pending.Completion.Task);
    }

    /// <summary>Half-closes: a FIN follows the queued data; reading continues until the peer closes too.</summary>
    public void ShutdownSend()
    {
        _stack.Scheduler.VerifyAccess();
        if (_finRequested || State is TcpState.Closed)
        {
            return;
        }

        if (State == TcpState.SynSent)
        {
            Terminate(new TcpException(TcpError.Aborted, $"{Key}: closed before the connection opened"));
            return;
        }

        _finRequested = true;
        TrySend();
    }

    /// <summary>Closes gracefully: the FIN follows the queued data and the connection finishes on its own.</summary>
    /// <remarks>Unread received data makes it an abort instead (RFC 2525 §2.17), as data after the close will.</remarks>
    public void Close()
    {
        _stack.Scheduler.VerifyAccess();
        if (_appClosed)
        {
            return;
        }

        _appClosed = true;
        if (_receiveQueue.Count > 0 && State != TcpState.Closed)
        {
            Abort();
            return;
        }

        ShutdownSend();
        if (State == TcpState.FinWait2)
        {
            _stateTimer.Arm(_settings.FinWait2Timeout);
        }
    }

    /// <summary>Aborts: sends a RST and fails pending and later operations.</summary>
    public void Abort()
    {
        _stack.Scheduler.VerifyAccess();
        if (State == TcpState.Closed)
        {
            return;
        }

        if (State is not (TcpState.SynSent or TcpState.TimeWait))
        {
            SendReset();
        }

        Terminate(new TcpException(TcpError.Aborted, $"{Key}: aborted by this side"));
    }

    /// <summary>Copies as much of <paramref name="data"/> as the send buffer takes; returns the rest.</summary>
    private ReadOnlyMemory<byte> Enqueue(ReadOnlyMemory<byte> data)
    {
        var room = Math.Max(0, _settings.SendBufferSize - _sendQueue.Count);
        var take = Math.Min(room, data.Length);
        _sendQueue.Append(data.Span[..take]);
        return data[take..];
    }

    /// <summary>ACKs freed send buffer: move more of a waiting write into it.</summary>
    private void FeedPendingWrite()
    {
        if (_pendingWrite is not { } pending)
        {
            return;
        }

        pending.Remaining = Enqueue(pending.Remaining);
        if (pending.Remaining.IsEmpty)
        {
            _pendingWrite = null;
            pending.Complete();
        }
    }

    /// <summary>Completes a waiting read when data, the FIN or a failure arrived.</summary>
    private void WakeReader()
    {
        if (_pendingRead is not { } pending)
        {
            return;
        }

        if (_receiveQueue.Count > 0)
        {
            _pendingRead = null;
            var read = _receiveQueue.Read(pending.Buffer.Span);
            pending.Complete(read);
            MaybeSendWindowUpdate();
        }
        else if (_finReceived || State == TcpState.Closed)
        {
            _pendingRead = null;
            if (_failure is { } failure)
            {
                pending.Fail(Rethrowable(failure));
            }
            else
            {
                pending.Complete(0);
            }
        }
    }

    /// <summary>The connection ended: readers get the rest or the error, writers the error.</summary>
    private void CompleteWaiters()
    {
        WakeReader();
        if (_pendingWrite is { } write)
        {
            _pendingWrite = null;
            write.Fail(Rethrowable(_failure ?? new TcpException(TcpError.Aborted, $"{Key}: the connection closed with data unsent")));
        }
    }

    /// <summary>A fresh exception per throw, so stack traces of separate failures do not pile up on one object.</summary>
    private static TcpException Rethrowable(TcpException failure) => new(failure.Error, failure.Message);

    private void CancelRead(PendingRead pending, CancellationToken token)
    {
        if (_pendingRead == pending)
        {
            _pendingRead = null;
            pending.Cancel(token);
        }
    }

    private void CancelWrite(PendingWrite pending, CancellationToken token)
    {
        if (_pendingWrite == pending)
        {
            _pendingWrite = null;
            pending.Cancel(token);
        }
    }

    /// <summary>A read waiting for data.</summary>
    private sealed class PendingRead(Memory<byte> buffer, StackScheduler scheduler)
    {
        private CancellationTokenRegistration _registration;

        public Memory<byte> Buffer { get; } = buffer;

        public TaskCompletionSource<int> Completion { get; } = DeferredCompletion.Create<int>();

        public void Register(TcpConnection connection, CancellationToken token)
        {
            if (token.CanBeCanceled)
            {
                // Cancellation may fire on any thread: hop to the stack's scheduler before touching the connection.
                _registration = token.UnsafeRegister(
                    static (state, t) =>
                    {
                        var (c, p) = ((TcpConnection, PendingRead))state!;
                        c._stack.Scheduler.Post(_ => c.CancelRead(p, t), null);
                    },
                    (connection, this));
            }
        }

        private int _read;

        public void Complete(int read)
        {
            _registration.Dispose();
            _read = read;
            // Completed from a work item of its own (see DeferredCompletion), posting this object itself: no allocation per read.
            scheduler.Post(static s =>
            {
                var pending = (PendingRead)s!;
                pending.Completion.TrySetResult(pending._read);
            }, this);
        }

        public void Fail(Exception error)
        {
            _registration.Dispose();
            scheduler.Fail(Completion, error);
        }

        public void Cancel(CancellationToken token) => Completion.TrySetCanceled(token);
    }

    /// <summary>A write waiting for send buffer space.</summary>
    private sealed class PendingWrite(ReadOnlyMemory<byte> remaining, StackScheduler scheduler)
    {
        private CancellationTokenRegistration _registration;

        public ReadOnlyMemory<byte> Remaining { get; set; } = remaining;

        public TaskCompletionSource Completion { get; } = DeferredCompletion.Create();

        public void Register(TcpConnection connection, CancellationToken token)
        {
            if (token.CanBeCanceled)
            {
                _registration = token.UnsafeRegister(
                    static (state, t) =>
                    {
                        var (c, p) = ((TcpConnection, PendingWrite))state!;
                        c._stack.Scheduler.Post(_ => c.CancelWrite(p, t), null);
                    },
                    (connection, this));
            }
        }

        public void Complete()
        {
            _registration.Dispose();
            scheduler.Post(static s => ((PendingWrite)s!).Completion.TrySetResult(), this);
        }

        public void Fail(Exception error)
        {
            _registration.Dispose();
            scheduler.Fail(Completion, error);
        }

        public void Cancel(CancellationToken token) => Completion.TrySetCanceled(token);
    }
}
