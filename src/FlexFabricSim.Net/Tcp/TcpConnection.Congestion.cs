namespace FlexFabricSim.Net.Tcp;

/// <summary>Congestion control (RFC 5681 with NewReno, RFC 6582) and the RTT estimator (RFC 6298).</summary>
public sealed partial class TcpConnection
{
    /// <summary>Clock granularity G of RFC 6298 (2.3): the timestamp clock ticks in milliseconds.</summary>
    private static readonly TimeSpan ClockGranularity = TimeSpan.FromMilliseconds(1);

    private long _cwnd;
    private long _ssthresh = long.MaxValue;
    private int _dupAcks;
    private bool _inRecovery;
    private uint _recover;
    private TimeSpan _rto;
    private TimeSpan? _srtt;
    private TimeSpan _rttvar;
    private (uint Seq, TimeSpan SentAt)? _rttSample;

    private long FlightSize => (uint)(_sndMax - _sndUna);

    private void OnAckedForCongestion(uint ack, long acked)
    {
        if (_inRecovery)
        {
            if (SequenceNumbers.Gt(ack, _recover))
            {
                // RFC 6582 §3.2 step 3 (full acknowledgment): deflate the window and leave recovery.
                _cwnd = Math.Min(_ssthresh, Math.Max(FlightSize, _mss) + _mss);
                _inRecovery = false;
                _dupAcks = 0;
            }
            else
            {
                // Step 4 (partial acknowledgment): the next hole is lost too; resend it and deflate by what was acknowledged.
                RetransmitFirst();
                _cwnd = Math.Max(_cwnd - acked + _mss, _mss);
            }

            return;
        }

        _dupAcks = 0;
        if (_cwnd < _ssthresh)
        {
            // RFC 5681 (2): slow start, at most one MSS per ACK.
            _cwnd += Math.Min(acked, _mss);
        }
        else
        {
            // RFC 5681 (3): congestion avoidance, about one MSS per round trip.
            _cwnd += Math.Max(1, (long)_mss * _mss / Math.Max(_cwnd, 1));
        }
    }

    private void OnDuplicateAck(uint ack)
    {
        Statistics.DuplicateAcks++;
        _dupAcks++;
        if (_inRecovery)
        {
            // RFC 6582 §3.2 step 4 / RFC 5681 (4): each further duplicate means a segment left the network.
            _cwnd += _mss;
            TrySend();
            return;
        }

        // RFC 6582 §3.2 step 1: only when the ACK covers more than the last recovery point (avoids repeated fast retransmits).
        if (_dupAcks == 3 && SequenceNumbers.Gt(ack, _recover))
        {
            _ssthresh = Math.Max(FlightSize / 2, 2L * _mss);
            _recover = _sndMax - 1;
            _inRecovery = true;
            Statistics.FastRetransmits++;
            _stack.Counters.TcpFastRetransmits++;
            RetransmitFirst();
            _cwnd = _ssthresh + (3L * _mss);
            TrySend();
        }
    }

    /// <summary>Takes an RTT sample from the echoed timestamp, or from the one timed segment (Karn: never a retransmitted one).</summary>
    private void SampleRtt(TcpHeader segment, uint? synSeq)
    {
        TimeSpan? sample = null;
        if (_tsEnabled && segment.Timestamps is { EchoReply: not 0 } ts)
        {
            sample = TimeSpan.FromMilliseconds(unchecked(TimestampNow() - ts.EchoReply));
        }
        else if (synSeq is not null)
        {
            sample = _synSentAt is { } sent ? _stack.Now - sent : null;
        }
        else if (_rttSample is { } timed && SequenceNumbers.Gt(segment.AcknowledgmentNumber, timed.Seq))
        {
            sample = _stack.Now - timed.SentAt;
            _rttSample = null;
        }

        if (sample is { } r && r >= TimeSpan.Zero && r < TimeSpan.FromMinutes(10))
        {
            UpdateRto(r);
        }
    }

    /// <summary>RFC 6298 §2: SRTT and RTTVAR with alpha 1/8 and beta 1/4; RTO = SRTT + max(G, 4 RTTVAR), bounded.</summary>
    private void UpdateRto(TimeSpan r)
    {
        if (_srtt is not { } srtt)
        {
            _srtt = r;
            _rttvar = r / 2;
        }
        else
        {
            _rttvar = (0.75 * _rttvar) + (0.25 * (srtt - r).Duration());
            _srtt = (0.875 * srtt) + (0.125 * r);
        }

        var rto = _srtt.Value + Max(ClockGranularity, 4 * _rttvar);
        _rto = Clamp(rto);
        Statistics.SmoothedRoundTripTime = _srtt;
        Statistics.RetransmissionTimeout = _rto;
    }

    private TimeSpan Clamp(TimeSpan rto) =>
        rto < _settings.MinimumRetransmissionTimeout ? _settings.MinimumRetransmissionTimeout
        : rto > _settings.MaximumRetransmissionTimeout ? _settings.MaximumRetransmissionTimeout
        : rto;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>RFC 5681 §3.1 on a timeout: halve ssthresh, restart from one segment, forget recovery.</summary>
    private void OnTimeoutForCongestion()
    {
        _ssthresh = Math.Max(FlightSize / 2, 2L * _mss);
        _cwnd = _mss;
        _inRecovery = false;
        _dupAcks = 0;
        // RFC 6582 §4: after a timeout, duplicate ACKs for data sent before it must not start another fast retransmit.
        _recover = _sndMax - 1;
        _rttSample = null;
    }

    private void CountTimeout()
    {
        Statistics.RetransmissionTimeouts++;
        _stack.Counters.TcpRetransmissionTimeouts++;
        if (_lastNewAckAt is { } last && _stack.Now - last < _rto)
        {
            _stack.Counters.TcpRetransmissionTimeoutsWhileAcksArriving++;
        }
    }
}
