using System.Net.Sockets;
using FlexFabricSim.Net.IPv4;
using FlexFabricSim.Net.IPv6;

namespace FlexFabricSim.Net.Tcp;

/// <summary>Sending: the send sequence space, segmentation to the MSS within the usable window, and building segments.</summary>
public sealed partial class TcpConnection
{
    /// <summary>Option bytes the timestamps option takes in every segment (two NOPs and 10 bytes, RFC 7323 App. A).</summary>
    private const int TimestampOptionSpace = 12;

    private readonly ByteQueue _sendQueue;
    private uint _iss;
    private uint _sndUna;
    private uint _sndNxt;
    private uint _sndMax;
    private uint _sndWl1;
    private uint _sndWl2;
    private long _sndWnd;
    private long _maxSndWnd;
    private byte _sndScale;
    private byte _rcvScale;
    private bool _wsEnabled;
    private int _peerMss;
    private int _mss = 536;
    private bool _finRequested;
    private uint? _finSeq;

    /// <summary>Sequence number of the first byte in the send queue (SND.UNA once the SYN is acknowledged).</summary>
    private uint _sendQueueSeq;

    private bool IsSynchronized => State is not (TcpState.Closed or TcpState.Listen or TcpState.SynSent or TcpState.SynReceived);

    /// <summary>Whether data or a FIN has been sent and not yet acknowledged.</summary>
    private bool HasOutstanding => SequenceNumbers.Lt(_sndUna, _sndMax);

    /// <summary>Sends as much queued data (then the FIN) as the windows allow (RFC 9293 §3.8.6.2.1 sender SWS avoidance).</summary>
    private void TrySend()
    {
        if (!IsSynchronized || State is TcpState.TimeWait)
        {
            return;
        }

        while (true)
        {
            var queuedAfterNext = _sendQueue.Count - (int)(_sndNxt - _sendQueueSeq);
            var inFlight = (long)(_sndNxt - _sndUna);
            var usable = Math.Min(_cwnd, _sndWnd) - inFlight;
            if (queuedAfterNext > 0)
            {
                var length = (int)Math.Min(Math.Min(queuedAfterNext, _mss), usable);
                if (length <= 0)
                {
                    if (_sndWnd == 0 && !HasOutstanding)
                    {
                        ArmPersistTimer();
                    }

                    return;
                }

                // Avoid a small segment while more data waits for window and something is in flight to open it.
                if (length < _mss && length < queuedAfterNext && inFlight > 0)
                {
                    return;
                }

                var last = length == queuedAfterNext;
                SendData(_sndNxt, length, last && !_finRequested ? TcpFlags.Psh : TcpFlags.None);
                continue;
            }

            if (_finRequested && (_finSeq is null || _sndNxt == _finSeq) && State is TcpState.Established or TcpState.CloseWait
                or TcpState.FinWait1 or TcpState.Closing or TcpState.LastAck)
            {
                SendFin();
            }

            return;
        }
    }

    /// <summary>Sends <paramref name="length"/> queued bytes starting at sequence <paramref name="seq"/>, and moves SND.NXT past them.</summary>
    private void SendData(uint seq, int length, TcpFlags extra)
    {
        var offset = (int)(seq - _sendQueueSeq);
        var isRetransmission = SequenceNumbers.Lt(seq, _sndMax);
        if (isRetransmission)
        {
            Statistics.Retransmissions++;
            _stack.Counters.TcpRetransmissions++;
        }
        else if (_rttSample is null && !_tsEnabled)
        {
            _rttSample = (seq, _stack.Now);
        }

        SendSegment(TcpFlags.Ack | extra, seq, offset, length);
        var end = seq + (uint)length;
        if (SequenceNumbers.Gt(end, _sndNxt))
        {
            _sndNxt = end;
        }

        _sndMax = SequenceNumbers.Max(_sndMax, _sndNxt);
        if (!_retransmitTimer.IsArmed)
        {
            ArmRetransmitTimer();
        }
    }

    private void SendFin()
    {
        var first = _finSeq is null;
        _finSeq ??= _sndNxt;
        if (!first)
        {
            Statistics.Retransmissions++;
            _stack.Counters.TcpRetransmissions++;
        }

        SendSegment(TcpFlags.Fin | TcpFlags.Ack, _finSeq.Value, 0, 0);
        _sndNxt = _finSeq.Value + 1;
        _sndMax = SequenceNumbers.Max(_sndMax, _sndNxt);
        if (first)
        {
            SetState(State == TcpState.CloseWait ? TcpState.LastAck : TcpState.FinWait1);
        }

        if (!_retransmitTimer.IsArmed)
        {
            ArmRetransmitTimer();
        }
    }

    /// <summary>Retransmits the first unacknowledged segment (fast retransmit, partial ACK, timeout).</summary>
    private void RetransmitFirst()
    {
        if (State == TcpState.SynSent || State == TcpState.SynReceived)
        {
            SendSyn();
            return;
        }

        var dataOutstanding = (int)Math.Min(_sendQueue.Count, (long)(uint)(_sndMax - _sndUna));
        if (dataOutstanding > 0)
        {
            SendData(_sndUna, Math.Min(dataOutstanding, _mss), TcpFlags.None);
        }
        else if (_finSeq is { } fin && SequenceNumbers.Le(_sndUna, fin))
        {
            var saved = _sndNxt;
            SendFin();
            _sndNxt = SequenceNumbers.Max(saved, _sndNxt);
        }
    }

    /// <summary>Sends a pure ACK now (and cancels a delayed one).</summary>
    private void SendAck()
    {
        if (State is TcpState.Closed or TcpState.Listen or TcpState.SynSent)
        {
            return;
        }

        // The highest sequence number sent, not SND.NXT: after a timeout SND.NXT goes back, and a peer that already
        // received past it would find the ACK outside its window and ignore what it acknowledges.
        SendSegment(TcpFlags.Ack, _sndMax, 0, 0);
    }

    /// <summary>RFC 5961 §3.2/§4.2: an ACK that tells an off-path attacker nothing but lets a real peer resynchronise.</summary>
    private void SendChallengeAck() => SendAck();

    /// <summary>Sends a RST for this connection (abort), with the sequence number the peer expects.</summary>
    private void SendReset()
    {
        SendSegment(TcpFlags.Rst | TcpFlags.Ack, _sndMax, 0, 0);
        _stack.Counters.TcpResetsSent++;
    }

    /// <summary>Builds one segment in the stack's transmit buffer and sends it.</summary>
    private void SendSegment(TcpFlags flags, uint seq, int dataOffset, int dataLength)
    {
        var syn = (flags & TcpFlags.Syn) != 0;
        var rst = (flags & TcpFlags.Rst) != 0;
        var withTimestamps = syn ? (State == TcpState.SynSent ? _offerTimestamps : _tsEnabled) : _tsEnabled && !rst;
        var header = new TcpHeader
        {
            SourcePort = Key.LocalPort,
            DestinationPort = Key.RemotePort,
            SequenceNumber = seq,
            AcknowledgmentNumber = (flags & TcpFlags.Ack) != 0 ? _rcvNxt : 0,
            Flags = flags,
            Window = syn ? (ushort)Math.Min(ReceiveWindow(), ushort.MaxValue) : WindowField(),
            MaximumSegmentSize = syn ? (ushort)_ourMss : null,
            WindowScale = syn && (State == TcpState.SynSent ? _settings.WindowScaling : _wsEnabled) ? _rcvScale : null,
            Timestamps = withTimestamps ? new TcpTimestamps(TimestampNow(), syn && State == TcpState.SynSent ? 0 : _tsRecent) : null,
        };
        var ipv4 = Key.RemoteAddress.AddressFamily == AddressFamily.InterNetwork;
        var ipHeaderLength = ipv4 ? IPv4Header.MinimumLength : IPv6Header.Length;
        var headerLength = header.GetEncodedLength();
        var segment = _stack.IPPayloadBuffer(ipHeaderLength, headerLength + dataLength);
        if (dataLength > 0)
        {
            _sendQueue.CopyTo(dataOffset, segment.Slice(headerLength, dataLength));
        }

        header.WriteTo(segment, Key.LocalAddress, Key.RemoteAddress);
        if ((flags & TcpFlags.Ack) != 0)
        {
            OnAckSent(syn);
        }

        Statistics.SegmentsSent++;
        _stack.Counters.TcpSegmentsSent++;
        if (ipv4)
        {
            _stack.SendIPv4(Key.LocalAddress, Key.RemoteAddress, FlexFabricSim.Net.IPProtocol.Tcp, segment.Length);
        }
        else
        {
            _stack.SendIPv6(Key.LocalAddress, Key.RemoteAddress, FlexFabricSim.Net.IPProtocol.Tcp, segment.Length);
        }
    }

    /// <summary>The timestamp clock: milliseconds since the stack started plus a random offset (RFC 7323 §5.4, §7.1).</summary>
    private uint TimestampNow() => unchecked((uint)(long)_stack.Now.TotalMilliseconds + _tsOffset);
}
