using System.Globalization;
using FlexFabricSim.Net.Stack;

namespace FlexFabricSim.Net.Tcp;

/// <summary>Timers: retransmission (RFC 6298 §5), delayed ACK, zero-window persist (RFC 9293 §3.8.6.1), TIME-WAIT and FIN-WAIT-2.</summary>
public sealed partial class TcpConnection
{
    private readonly StackTimer _retransmitTimer;
    private readonly StackTimer _delayedAckTimer;
    private readonly StackTimer _persistTimer;
    private readonly StackTimer _stateTimer;
    private int _backoff;
    private int _persistBackoff;
    private int _persistProbes;
    private TimeSpan? _lastNewAckAt;
    private TimeSpan? _synSentAt;

    private void ArmRetransmitTimer()
    {
        if (State is TcpState.SynSent or TcpState.SynReceived && _synSentAt is null)
        {
            _synSentAt = _stack.Now;
        }

        _retransmitTimer.Arm(_rto);
    }

    private void OnRetransmitTimeout()
    {
        if (State is TcpState.Closed or TcpState.TimeWait || !HasOutstanding)
        {
            return;
        }

        CountTimeout();
        _backoff++;
        var opening = State is TcpState.SynSent or TcpState.SynReceived;
        var limit = opening ? _settings.MaximumSynRetransmissions : _settings.MaximumRetransmissions;
        if (_backoff > limit)
        {
            Fail(TcpError.TimedOut, string.Create(CultureInfo.InvariantCulture,
                $"no acknowledgment after {limit} retransmissions ({(_stack.Now - (_lastNewAckAt ?? _synSentAt ?? TimeSpan.Zero)).TotalSeconds:0.###} s)"));
            return;
        }

        // RFC 6298 (5.5): back off the timer.
        _rto = _rto * 2 > _settings.MaximumRetransmissionTimeout ? _settings.MaximumRetransmissionTimeout : _rto * 2;
        Statistics.RetransmissionTimeout = _rto;
        if (opening)
        {
            _synRetransmitted = true;
            Statistics.Retransmissions++;
            _stack.Counters.TcpRetransmissions++;
            SendSyn();
            ArmRetransmitTimer();
            return;
        }

        OnTimeoutForCongestion();
        // Go back to the first unacknowledged byte; slow start resends the rest as ACKs return.
        _sndNxt = _sndUna;
        TrySend();
        ArmRetransmitTimer();
    }

    private void OnDelayedAckTimeout()
    {
        if (IsSynchronized && _unacknowledgedBytes > 0)
        {
            SendAck();
        }
    }

    private void ArmPersistTimer()
    {
        if (_persistTimer.IsArmed)
        {
            return;
        }

        var delay = _rto * Math.Pow(2, Math.Min(_persistBackoff, 6));
        _persistTimer.Arm(delay > _settings.MaximumRetransmissionTimeout ? _settings.MaximumRetransmissionTimeout : delay);
    }

    /// <summary>The peer's window is zero and data waits: probe with an old sequence number, which the peer must answer with its window.</summary>
    private void OnPersistTimeout()
    {
        var queued = _sendQueue.Count - (int)(_sndNxt - _sendQueueSeq);
        if (!IsSynchronized || _sndWnd > 0 || queued <= 0)
        {
            _persistBackoff = 0;
            return;
        }

        _persistProbes++;
        if (_persistProbes > _settings.MaximumRetransmissions)
        {
            Fail(TcpError.TimedOut, "the peer stopped answering zero-window probes");
            return;
        }

        _persistBackoff++;
        SendSegment(TcpFlags.Ack, _sndUna - 1, 0, 0);
        ArmPersistTimer();
    }

    private void OnStateTimeout()
    {
        if (State is TcpState.TimeWait or TcpState.FinWait2)
        {
            Terminate(null);
        }
    }
}
