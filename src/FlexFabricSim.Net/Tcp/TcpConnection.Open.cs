using System.Net;
using System.Net.Sockets;
using FlexFabricSim.Net.IPv4;
using FlexFabricSim.Net.IPv6;
using FlexFabricSim.Net.Stack;

namespace FlexFabricSim.Net.Tcp;

/// <summary>Opening: active open (SYN), passive open (SYN-ACK) and the options negotiated in the handshake.</summary>
public sealed partial class TcpConnection
{
    private readonly bool _offerTimestamps;
    private readonly int _ourMss;
    private TaskCompletionSource<TcpConnection>? _connectCompletion;
    private bool _synRetransmitted;

    /// <summary>Starts an active open: sends the SYN and returns a connection in SYN-SENT whose <see cref="Opened"/> completes when ESTABLISHED.</summary>
    internal static TcpConnection Connect(NetworkStack stack, TcpConnectionKey key, bool offerTimestamps)
    {
        var connection = new TcpConnection(stack, key, listener: null, offerTimestamps)
        {
            _connectCompletion = DeferredCompletion.Create<TcpConnection>(),
        };
        connection.InitializeSendSequence();
        connection.SetState(TcpState.SynSent);
        connection.SendSyn();
        return connection;
    }

    /// <summary>Answers a SYN that reached a listener: a connection in SYN-RECEIVED with the SYN-ACK sent.</summary>
    internal static TcpConnection Accept(NetworkStack stack, TcpConnectionKey key, TcpListener listener, TcpHeader syn)
    {
        var connection = new TcpConnection(stack, key, listener, stack.Options.Tcp.Timestamps);
        connection.InitializeSendSequence();
        connection.AcceptPeerSyn(syn);
        connection.SetState(TcpState.SynReceived);
        connection.SendSyn();
        return connection;
    }

    internal StackScheduler Scheduler => _stack.Scheduler;

    /// <summary>Cancels an active open that has not completed (the connect call was cancelled).</summary>
    internal void AbortIfOpening()
    {
        if (State is TcpState.SynSent or TcpState.SynReceived && _connectCompletion is not null)
        {
            Terminate(new TcpException(TcpError.Aborted, $"{Key}: the connect was cancelled"));
        }
    }

    /// <summary>Completes when the connection is ESTABLISHED (active open); fails as the open fails.</summary>
    internal Task<TcpConnection> Opened => _connectCompletion?.Task ?? Task.FromResult(this);

    private static int OurMss(NetworkStack stack, IPAddress remote)
    {
        var headers = (remote.AddressFamily == AddressFamily.InterNetwork ? IPv4Header.MinimumLength : IPv6Header.Length) + TcpHeader.MinimumLength;
        var fromMtu = stack.Options.Mtu - headers;
        return stack.Options.Tcp.MaximumSegmentSize is { } configured ? Math.Min(configured, fromMtu) : fromMtu;
    }

    /// <summary>The shift that lets the receive buffer be advertised (RFC 7323 §2.3: at most 14).</summary>
    private static byte WindowScaleFor(int bufferSize)
    {
        byte shift = 0;
        while (shift < 14 && (bufferSize >> shift) > ushort.MaxValue)
        {
            shift++;
        }

        return shift;
    }

    private void InitializeSendSequence()
    {
        // RFC 9293 §3.4.1 / RFC 6528: an unpredictable ISN (from the stack's seeded source, so labs repeat).
        _iss = (uint)_stack.Random.NextInt64(0, 1L << 32);
        _sndUna = _iss;
        _sndNxt = _iss;
        _sndMax = _iss;
        _recover = _iss;
        _sendQueueSeq = _iss + 1;
    }

    /// <summary>Takes the peer's ISN and options from its SYN (RFC 9293 §3.7.1, RFC 7323 §2.2 and §3.2).</summary>
    private void AcceptPeerSyn(TcpHeader syn)
    {
        _irs = syn.SequenceNumber;
        _rcvNxt = _irs + 1;
        _rcvAdvertisedEdge = _rcvNxt;
        var peerDefault = Key.RemoteAddress.AddressFamily == AddressFamily.InterNetwork ? 536 : 1220;
        _peerMss = syn.MaximumSegmentSize is { } mss and > 0 ? mss : peerDefault;
        _tsEnabled = _offerTimestamps && syn.Timestamps is not null;
        if (syn.Timestamps is { } ts)
        {
            _tsRecent = ts.Value;
        }

        _wsEnabled = _settings.WindowScaling && syn.WindowScale is not null;
        if (_wsEnabled)
        {
            // RFC 7323 §2.3: a shift above 14 is used as 14.
            _sndScale = Math.Min(syn.WindowScale!.Value, (byte)14);
        }
        else
        {
            _sndScale = 0;
            _rcvScale = 0;
        }

        _sndWnd = syn.Window;
        _maxSndWnd = syn.Window;
        _sndWl1 = syn.SequenceNumber;
        _sndWl2 = syn.AcknowledgmentNumber;
        _mss = Math.Max(64, Math.Min(_peerMss, _ourMss) - (_tsEnabled ? TimestampOptionSpace : 0));
    }

    /// <summary>Sends (or resends) our SYN, or SYN-ACK in SYN-RECEIVED.</summary>
    private void SendSyn()
    {
        _sndNxt = _iss + 1;
        _sndMax = SequenceNumbers.Max(_sndMax, _sndNxt);
        var flags = State == TcpState.SynReceived ? TcpFlags.Syn | TcpFlags.Ack : TcpFlags.Syn;
        SendSegment(flags, _iss, 0, 0);
        if (!_retransmitTimer.IsArmed)
        {
            ArmRetransmitTimer();
        }
    }

    /// <summary>The handshake completed: ESTABLISHED, congestion state initialised, the opener told.</summary>
    private void OnEstablished()
    {
        SetState(TcpState.Established);
        // RFC 6928: an initial window of up to 10 segments.
        _cwnd = Math.Min(10L * _mss, Math.Max(2L * _mss, 14600));
        _ssthresh = long.MaxValue;
        if (_synRetransmitted && Statistics.SmoothedRoundTripTime is null)
        {
            // RFC 6298 (5.7): after a lost SYN, start data transfer with an RTO of 3 s.
            _rto = TimeSpan.FromSeconds(3);
        }

        if (_connectCompletion is { } opened)
        {
            _stack.Scheduler.Resolve(opened, this);
        }
        if (_listener is { } listener)
        {
            _listener = null;
            listener.OnEstablished(this);
        }
    }
}
