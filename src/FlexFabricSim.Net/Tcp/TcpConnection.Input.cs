using FlexFabricSim.Net.Stack;

namespace FlexFabricSim.Net.Tcp;

/// <summary>Segment arrival (RFC 9293 §3.10.7): acceptability, RST and SYN checks (RFC 5961), ACK processing, text and FIN.</summary>
public sealed partial class TcpConnection
{
    /// <summary>Processes one segment for this connection; returns why it was dropped, or <see cref="DropReason.None"/>.</summary>
    internal DropReason OnSegment(TcpHeader segment, ReadOnlySpan<byte> data)
    {
        Statistics.SegmentsReceived++;
        return State switch
        {
            TcpState.Closed => DropReason.TcpNoConnection,
            TcpState.SynSent => OnSegmentInSynSent(segment, data),
            _ => OnSegmentSynchronized(segment, data),
        };
    }

    private DropReason OnSegmentInSynSent(TcpHeader segment, ReadOnlySpan<byte> data)
    {
        var hasAck = segment.Has(TcpFlags.Ack);
        if (hasAck && (SequenceNumbers.Le(segment.AcknowledgmentNumber, _iss) || SequenceNumbers.Gt(segment.AcknowledgmentNumber, _sndMax)))
        {
            if (!segment.Has(TcpFlags.Rst))
            {
                _stack.SendTcpReset(Key, segment, data.Length);
            }

            return DropReason.TcpUnacceptable;
        }

        if (segment.Has(TcpFlags.Rst))
        {
            if (!hasAck)
            {
                return DropReason.TcpUnacceptable;
            }

            Fail(TcpError.ConnectionRefused, "connection refused (RST in answer to the SYN)");
            return DropReason.None;
        }

        if (!segment.Has(TcpFlags.Syn))
        {
            return DropReason.TcpUnacceptable;
        }

        AcceptPeerSyn(segment);
        if (!hasAck)
        {
            // Simultaneous open (RFC 9293 §3.5 figure 8): answer with SYN-ACK from SYN-RECEIVED.
            SetState(TcpState.SynReceived);
            SendSyn();
            return DropReason.None;
        }

        AcknowledgeSyn(segment.AcknowledgmentNumber, segment);
        OnEstablished();
        if (!data.IsEmpty || segment.Has(TcpFlags.Fin))
        {
            ProcessText(segment.SequenceNumber + 1, data, segment.Has(TcpFlags.Fin));
        }
        else
        {
            SendAck();
        }

        return DropReason.None;
    }

    private DropReason OnSegmentSynchronized(TcpHeader segment, ReadOnlySpan<byte> data)
    {
        var seq = segment.SequenceNumber;
        if (segment.Has(TcpFlags.Syn))
        {
            // A SYN occupies the sequence number before its data.
            seq++;
        }

        var length = data.Length + (segment.Has(TcpFlags.Fin) ? 1 : 0);
        var window = (long)(uint)(_rcvAdvertisedEdge - _rcvNxt);
        if (SequenceNumbers.Lt(_rcvAdvertisedEdge, _rcvNxt))
        {
            window = 0;
        }

        var acceptable = length == 0
            ? (window == 0 ? seq == _rcvNxt : SequenceNumbers.InWindow(seq, _rcvNxt, window) || seq == _rcvNxt)
            : window > 0 && (SequenceNumbers.InWindow(seq, _rcvNxt, window) || SequenceNumbers.InWindow(seq + (uint)length - 1, _rcvNxt, window));
        if (segment.Has(TcpFlags.Syn) && State == TcpState.SynReceived && segment.SequenceNumber == _irs && !segment.Has(TcpFlags.Ack))
        {
            // The peer did not get our SYN-ACK and repeats its SYN.
            SendSyn();
            return DropReason.TcpDuplicate;
        }

        if (!acceptable)
        {
            if (!segment.Has(TcpFlags.Rst))
            {
                SendAck();
            }

            var old = length > 0 && SequenceNumbers.Le(seq + (uint)length, _rcvNxt);
            return old ? DropReason.TcpDuplicate : DropReason.TcpUnacceptable;
        }

        // PAWS (RFC 7323 §5.3): a timestamp older than the latest one accepted marks an old duplicate.
        if (_tsEnabled && segment.Timestamps is { } stamp && !segment.Has(TcpFlags.Rst) && SequenceNumbers.Lt(stamp.Value, _tsRecent))
        {
            SendAck();
            return DropReason.TcpUnacceptable;
        }

        if (segment.Has(TcpFlags.Rst))
        {
            return OnReset(seq);
        }

        if (segment.Has(TcpFlags.Syn))
        {
            // RFC 5961 §4.2: a SYN on a synchronized connection gets a challenge ACK, never a reset.
            SendChallengeAck();
            return DropReason.TcpUnacceptable;
        }

        if (!segment.Has(TcpFlags.Ack))
        {
            return DropReason.TcpUnacceptable;
        }

        // RFC 7323 §4.3: remember the timestamp to echo if this segment covers the last ACK we sent.
        if (_tsEnabled && segment.Timestamps is { } ts && SequenceNumbers.Le(seq, _lastAckSent) && SequenceNumbers.Ge(ts.Value, _tsRecent))
        {
            _tsRecent = ts.Value;
        }

        if (State == TcpState.SynReceived)
        {
            var ack = segment.AcknowledgmentNumber;
            if (!SequenceNumbers.Gt(ack, _sndUna) || SequenceNumbers.Gt(ack, _sndMax))
            {
                _stack.SendTcpReset(Key, segment, data.Length);
                return DropReason.TcpUnacceptable;
            }

            AcknowledgeSyn(ack, segment);
            OnEstablished();
        }
        else
        {
            var ackResult = ProcessAck(segment, data.Length);
            if (ackResult != DropReason.None || State == TcpState.Closed)
            {
                return ackResult;
            }
        }

        if (!data.IsEmpty || segment.Has(TcpFlags.Fin))
        {
            if (State is TcpState.Established or TcpState.FinWait1 or TcpState.FinWait2)
            {
                ProcessText(seq, data, segment.Has(TcpFlags.Fin));
            }
            else if (segment.Has(TcpFlags.Fin) && State == TcpState.TimeWait)
            {
                // A retransmitted FIN: our ACK was lost. Acknowledge again and restart the 2 MSL wait (RFC 9293 §3.10.7.4).
                SendAck();
                _stateTimer.Arm(_settings.TimeWaitDuration);
            }
            else if (!data.IsEmpty)
            {
                // Data after the peer's FIN cannot be valid.
                return DropReason.TcpUnacceptable;
            }
        }

        return DropReason.None;
    }

    private DropReason OnReset(uint seq)
    {
        if (seq != _rcvNxt)
        {
            // RFC 5961 §3.2: an in-window RST that is not exactly at RCV.NXT gets a challenge ACK.
            SendChallengeAck();
            return DropReason.TcpUnacceptable;
        }

        if (State == TcpState.SynReceived && _listener is not null)
        {
            // A passive open that is reset goes back to LISTEN: only the half-open connection disappears.
            Terminate(null);
            return DropReason.None;
        }

        if (State is TcpState.TimeWait or TcpState.Closing or TcpState.LastAck)
        {
            Terminate(null);
            return DropReason.None;
        }

        Fail(TcpError.ConnectionReset, "connection reset by the peer");
        return DropReason.None;
    }

    /// <summary>Our SYN was acknowledged: SND.UNA moves past it, the timer stops, and the SYN's RTT is sampled if it was not resent.</summary>
    private void AcknowledgeSyn(uint ack, TcpHeader segment)
    {
        _sndUna = ack;
        _sndNxt = SequenceNumbers.Max(_sndNxt, ack);
        _sendQueueSeq = ack;
        _retransmitTimer.Cancel();
        _backoff = 0;
        if (!_synRetransmitted)
        {
            SampleRtt(segment, _iss);
        }

        _rttSample = null;
        // RFC 7323 §2.2: the window in a SYN is never scaled; after it, every window is.
        _sndWnd = State == TcpState.SynSent ? segment.Window : (long)segment.Window << _sndScale;
        _maxSndWnd = _sndWnd;
        _sndWl1 = segment.SequenceNumber;
        _sndWl2 = ack;
        _lastNewAckAt = _stack.Now;
    }

    private DropReason ProcessAck(TcpHeader segment, int dataLength)
    {
        var ack = segment.AcknowledgmentNumber;
        if (SequenceNumbers.Gt(ack, _sndMax))
        {
            // RFC 9293 §3.10.7.4: an ACK for something not yet sent: acknowledge and drop.
            SendAck();
            return DropReason.TcpUnacceptable;
        }

        if (SequenceNumbers.Lt(ack, _sndUna - (uint)Math.Min(_maxSndWnd, int.MaxValue)))
        {
            // RFC 5961 §5.2: too old to be a real ACK.
            SendChallengeAck();
            return DropReason.TcpUnacceptable;
        }

        _persistProbes = 0;
        var window = (long)segment.Window << _sndScale;
        if (SequenceNumbers.Gt(ack, _sndUna))
        {
            OnNewAck(ack, segment);
        }
        else if (ack == _sndUna && dataLength == 0 && !segment.Has(TcpFlags.Fin) && HasOutstanding && window == _sndWnd)
        {
            OnDuplicateAck(ack);
        }

        // RFC 9293 §3.10.7.4: take the window only from a segment newer than the one it was last taken from.
        if (SequenceNumbers.Lt(_sndWl1, segment.SequenceNumber) || (_sndWl1 == segment.SequenceNumber && SequenceNumbers.Le(_sndWl2, ack)))
        {
            _sndWnd = window;
            _maxSndWnd = Math.Max(_maxSndWnd, window);
            _sndWl1 = segment.SequenceNumber;
            _sndWl2 = ack;
            if (window > 0)
            {
                _persistTimer.Cancel();
                _persistBackoff = 0;
            }
        }

        if (_finSeq is { } fin && SequenceNumbers.Gt(_sndUna, fin))
        {
            switch (State)
            {
                case TcpState.FinWait1:
                    SetState(TcpState.FinWait2);
                    if (_appClosed)
                    {
                        _stateTimer.Arm(_settings.FinWait2Timeout);
                    }

                    break;
                case TcpState.Closing:
                    EnterTimeWait();
                    break;
                case TcpState.LastAck:
                    Terminate(null);
                    return DropReason.None;
            }
        }

        FeedPendingWrite();
        TrySend();
        return DropReason.None;
    }

    private void OnNewAck(uint ack, TcpHeader segment)
    {
        var acked = (long)(uint)(ack - _sndUna);
        var dataAcked = (int)Math.Min(acked, _sendQueue.Count);
        _sendQueue.Discard(dataAcked);
        _sendQueueSeq += (uint)dataAcked;
        Statistics.BytesAcknowledged += dataAcked;
        _sndUna = ack;
        if (SequenceNumbers.Lt(_sndNxt, ack))
        {
            _sndNxt = ack;
        }

        SampleRtt(segment, null);
        OnAckedForCongestion(ack, acked);
        _backoff = 0;
        _lastNewAckAt = _stack.Now;
        if (HasOutstanding)
        {
            // RFC 6298 (5.3): restart the timer when an ACK acknowledges new data.
            ArmRetransmitTimer();
        }
        else
        {
            // RFC 6298 (5.2): all outstanding data acknowledged: stop the timer.
            _retransmitTimer.Cancel();
        }
    }
}
