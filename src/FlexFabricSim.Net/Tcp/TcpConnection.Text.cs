namespace FlexFabricSim.Net.Tcp;

/// <summary>Segment text and FIN (RFC 9293 §3.10.7.4, seventh and eighth steps): in-order delivery, the out-of-order queue, ACK policy.</summary>
public sealed partial class TcpConnection
{
    /// <summary>Delivers in-order data to the receive buffer, keeps out-of-order data for later, and handles the FIN.</summary>
    private void ProcessText(uint seq, ReadOnlySpan<byte> data, bool fin)
    {
        var finSeq = seq + (uint)data.Length;
        if (SequenceNumbers.Lt(seq, _rcvNxt))
        {
            var skip = (int)Math.Min((uint)(_rcvNxt - seq), (uint)data.Length);
            data = data[skip..];
            seq += (uint)skip;
        }

        if (_appClosed && !data.IsEmpty && SequenceNumbers.Ge(seq, _rcvNxt))
        {
            // RFC 9293 §3.10.4 / RFC 2525 §2.17: data for an application that closed cannot be delivered: reset.
            Abort();
            return;
        }

        if (seq != _rcvNxt)
        {
            StoreOutOfOrder(seq, data, fin ? finSeq : null);
            Statistics.OutOfOrderSegments++;
            // RFC 5681 §4.2: an out-of-order segment is acknowledged at once (a duplicate ACK for the sender).
            SendAck();
            return;
        }

        var hadGap = _outOfOrder.Count > 0;
        var free = _settings.ReceiveBufferSize - _receiveQueue.Count;
        var take = Math.Min(data.Length, free);
        if (take > 0)
        {
            _receiveQueue.Append(data[..take]);
            _rcvNxt += (uint)take;
            Statistics.BytesReceived += take;
        }

        DrainOutOfOrder();
        if ((fin && take == data.Length && _rcvNxt == finSeq) || (_outOfOrderFin is { } pendingFin && _rcvNxt == pendingFin))
        {
            ProcessFin();
        }
        else if (hadGap || take < data.Length)
        {
            SendAck();
        }
        else if (take > 0)
        {
            // RFC 9293 §3.8.6.3 / RFC 5681 §4.2: acknowledge at least every second full-sized segment, else within the delay.
            _unacknowledgedBytes += take;
            if (_unacknowledgedBytes >= 2 * _ourMss)
            {
                SendAck();
            }
            else
            {
                _delayedAckTimer.ArmAtOrBefore(_stack.Now + _settings.DelayedAckTimeout);
            }
        }

        WakeReader();
    }

    /// <summary>The peer's FIN is in sequence: no more data will come (RFC 9293 §3.10.7.4, eighth step).</summary>
    private void ProcessFin()
    {
        _outOfOrderFin = null;
        _rcvNxt++;
        _finReceived = true;
        switch (State)
        {
            case TcpState.Established:
                SetState(TcpState.CloseWait);
                break;
            case TcpState.FinWait1:
                if (_finSeq is { } fin && SequenceNumbers.Gt(_sndUna, fin))
                {
                    EnterTimeWait();
                }
                else
                {
                    SetState(TcpState.Closing);
                }

                break;
            case TcpState.FinWait2:
                EnterTimeWait();
                break;
        }

        SendAck();
        WakeReader();
    }

    private void EnterTimeWait()
    {
        SetState(TcpState.TimeWait);
        _retransmitTimer.Cancel();
        _persistTimer.Cancel();
        _delayedAckTimer.Cancel();
        _stateTimer.Arm(_settings.TimeWaitDuration);
    }
}
