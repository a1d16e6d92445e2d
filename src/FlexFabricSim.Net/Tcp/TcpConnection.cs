using System.Net;
using FlexFabricSim.Net.Stack;

namespace FlexFabricSim.Net.Tcp;

/// <summary>One TCP connection of a <see cref="NetworkStack"/> (RFC 9293): a duplex byte stream with flow and congestion control.</summary>
/// <remarks>
/// <para>Get one from <c>await stack.ConnectTcpAsync(address, port, options, ct)</c> or <c>await listener.AcceptAsync(ct)</c>;
/// <see cref="GetStream"/> gives the <see cref="Stream"/> the iSCSI initiator and target run over, unchanged from a host socket.</para>
/// <para>Inside: segmentation to the peer's MSS, flow control by the advertised window (scaled per RFC 7323), retransmission
/// on RFC 6298's timer, slow start and congestion avoidance (RFC 5681), fast retransmit and NewReno recovery (RFC 6582),
/// timestamps when both ends offer them, FIN and RST both ways, RFC 5961 challenge ACKs. Used on the stack's scheduler only.</para>
/// </remarks>
public sealed partial class TcpConnection
{
    private readonly NetworkStack _stack;
    private readonly TcpSettings _settings;
    private readonly TaskCompletionSource _closed = DeferredCompletion.Create();
    private bool _terminated;
    private TcpListener? _listener;
    private TcpStream? _stream;

    private TcpConnection(NetworkStack stack, TcpConnectionKey key, TcpListener? listener, bool offerTimestamps)
    {
        _stack = stack;
        _settings = stack.Options.Tcp;
        Key = key;
        _listener = listener;
        _offerTimestamps = offerTimestamps;
        _sendQueue = new ByteQueue(stack.Chunks);
        _receiveQueue = new ByteQueue(stack.Chunks);
        _retransmitTimer = new StackTimer(stack, OnRetransmitTimeout);
        _delayedAckTimer = new StackTimer(stack, OnDelayedAckTimeout);
        _persistTimer = new StackTimer(stack, OnPersistTimeout);
        _stateTimer = new StackTimer(stack, OnStateTimeout);
        _rto = _settings.InitialRetransmissionTimeout;
        Statistics.RetransmissionTimeout = _rto;
        _tsOffset = (uint)stack.Random.Next();
        _ourMss = OurMss(stack, key.RemoteAddress);
        _rcvScale = WindowScaleFor(_settings.ReceiveBufferSize);
    }

    /// <summary>The connection's state.</summary>
    public TcpState State { get; private set; }

    /// <summary>Our address and port.</summary>
    public IPEndPoint LocalEndPoint => new(Key.LocalAddress, Key.LocalPort);

    /// <summary>The peer's address and port.</summary>
    public IPEndPoint RemoteEndPoint => new(Key.RemoteAddress, Key.RemotePort);

    /// <summary>Whether both SYNs carried the timestamps option, so every segment carries it (RFC 7323 §3.2).</summary>
    public bool TimestampsEnabled => _tsEnabled;

    /// <summary>The largest payload this side sends per segment (the peer's MSS, less option space).</summary>
    public int SendMaximumSegmentSize => _mss;

    /// <summary>Counters and RTT estimate.</summary>
    public TcpConnectionStatistics Statistics { get; } = new();

    /// <summary>Why the connection failed, or null (while open, or after a clean close).</summary>
    public TcpException? Error => _failure;

    /// <summary>Completes when the connection has reached CLOSED, cleanly or not (see <see cref="Error"/>).</summary>
    public Task Closed => _closed.Task;

    internal TcpConnectionKey Key { get; }

    /// <summary>The connection as a <see cref="Stream"/>; disposing the stream closes the connection gracefully.</summary>
    public Stream GetStream()
    {
        _stack.Scheduler.VerifyAccess();
        return _stream ??= new TcpStream(this);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Key} {State}";

    private void SetState(TcpState state)
    {
        if (State == state)
        {
            return;
        }

        var previous = State;
        State = state;
        if (_stack.HasEventListeners)
        {
            _stack.Raise(StackEventKind.TcpStateChanged, $"{Key} {previous} -> {state}");
        }
    }

    /// <summary>Ends the connection: state CLOSED, timers stopped, buffers released, waiters woken, removed from the stack.</summary>
    private void Terminate(TcpException? failure)
    {
        if (_terminated)
        {
            return;
        }

        _terminated = true;

        _failure ??= failure;
        var wasHalfOpen = State == TcpState.SynReceived;
        SetState(TcpState.Closed);
        _retransmitTimer.Dispose();
        _delayedAckTimer.Dispose();
        _persistTimer.Dispose();
        _stateTimer.Dispose();
        ReleaseOutOfOrder();
        _stack.RemoveTcpConnection(this);
        if (_listener is { } listener)
        {
            _listener = null;
            if (wasHalfOpen)
            {
                listener.OnHalfOpenGone();
            }
        }

        var error = _failure;
        if (_connectCompletion is { } opening && !opening.Task.IsCompleted)
        {
            _stack.Scheduler.Fail(opening, error ?? new TcpException(TcpError.Aborted, "the connection closed before it opened"));
        }

        CompleteWaiters();
        _sendQueue.Dispose();
        if (_failure is not null)
        {
            // After a failure nothing more can be read; after a clean close the reader may still drain what arrived.
            _receiveQueue.Dispose();
        }

        _stack.Scheduler.Resolve(_closed);
    }

    /// <summary>Fails the connection without sending anything (timeout, reset by the peer, stack shut down).</summary>
    internal void Fail(TcpError error, string message)
    {
        if (error == TcpError.TimedOut)
        {
            _stack.Counters.TcpConnectionsTimedOut++;
        }

        Terminate(new TcpException(error, $"{Key}: {message}"));
    }
}
