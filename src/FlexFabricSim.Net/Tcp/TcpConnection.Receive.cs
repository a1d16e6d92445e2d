using System.Buffers;

namespace FlexFabricSim.Net.Tcp;

/// <summary>The receive side: buffer, advertised window with receiver SWS avoidance, and the out-of-order queue.</summary>
public sealed partial class TcpConnection
{
    private readonly ByteQueue _receiveQueue;
    private readonly List<OutOfOrderSegment> _outOfOrder = [];
    private readonly uint _tsOffset;
    private uint _irs;
    private uint _rcvNxt;
    private uint _rcvAdvertisedEdge;
    private uint _lastAckSent;
    private int _unacknowledgedBytes;
    private uint? _outOfOrderFin;
    private bool _finReceived;
    private bool _tsEnabled;
    private uint _tsRecent;
    private long _outOfOrderBytes;

    /// <summary>The window to advertise now, in bytes: never shrinking the right edge, and growing it only in useful steps.</summary>
    /// <remarks>RFC 9293 §3.8.6.2.2: move the right edge only by at least min(buffer/2, MSS), so the peer never sends tiny segments.</remarks>
    private long ReceiveWindow()
    {
        var free = Math.Max(0, _settings.ReceiveBufferSize - _receiveQueue.Count);
        var candidate = _rcvNxt + (uint)free;
        var edge = _rcvAdvertisedEdge;
        if (SequenceNumbers.Gt(candidate, edge)
            && (SequenceNumbers.Lt(edge, _rcvNxt) || (uint)(candidate - edge) >= Math.Min(_settings.ReceiveBufferSize / 2, _ourMss)))
        {
            edge = candidate;
        }

        var window = SequenceNumbers.Gt(edge, _rcvNxt) ? (long)(uint)(edge - _rcvNxt) : 0;
        return Math.Min(window, (long)ushort.MaxValue << _rcvScale);
    }

    /// <summary>The window field for a non-SYN segment (scaled, RFC 7323 §2.3), rounded down so the edge is what we can hold.</summary>
    private ushort WindowField() => (ushort)Math.Min(ReceiveWindow() >> _rcvScale, ushort.MaxValue);

    /// <summary>Bookkeeping after any segment carrying an ACK: what was acknowledged and advertised.</summary>
    private void OnAckSent(bool syn)
    {
        _lastAckSent = _rcvNxt;
        _unacknowledgedBytes = 0;
        _delayedAckTimer.Cancel();
        var advertised = syn ? Math.Min(ReceiveWindow(), ushort.MaxValue) : (long)WindowField() << _rcvScale;
        var edge = _rcvNxt + (uint)advertised;
        if (SequenceNumbers.Gt(edge, _rcvAdvertisedEdge))
        {
            _rcvAdvertisedEdge = edge;
        }
    }

    /// <summary>After the application read: tell the peer when the window opened enough to matter (or from zero).</summary>
    private void MaybeSendWindowUpdate()
    {
        if (!IsSynchronized || _finReceived)
        {
            return;
        }

        var free = Math.Max(0, _settings.ReceiveBufferSize - _receiveQueue.Count);
        var candidate = _rcvNxt + (uint)free;
        var threshold = Math.Min(_settings.ReceiveBufferSize / 2, _ourMss);
        if (SequenceNumbers.Gt(candidate, _rcvAdvertisedEdge) && (uint)(candidate - _rcvAdvertisedEdge) >= threshold)
        {
            SendAck();
        }
    }

    /// <summary>Keeps a segment that arrived ahead of a gap, trimmed to the buffer space (bounded memory).</summary>
    private void StoreOutOfOrder(uint seq, ReadOnlySpan<byte> data, uint? finSeq)
    {
        var free = (long)Math.Max(0, _settings.ReceiveBufferSize - _receiveQueue.Count);
        var offset = (long)(uint)(seq - _rcvNxt);
        if (offset >= free)
        {
            return;
        }

        if (finSeq is { } fin && offset + data.Length <= free)
        {
            _outOfOrderFin = fin;
        }

        data = data[..(int)Math.Min(data.Length, free - offset)];
        if (data.IsEmpty || _outOfOrderBytes + data.Length > _settings.ReceiveBufferSize)
        {
            return;
        }

        var end = seq + (uint)data.Length;
        var index = 0;
        for (; index < _outOfOrder.Count; index++)
        {
            var existing = _outOfOrder[index];
            if (SequenceNumbers.Le(existing.Seq, seq) && SequenceNumbers.Ge(existing.Seq + (uint)existing.Length, end))
            {
                // Already held entirely (a duplicate).
                return;
            }

            if (SequenceNumbers.Gt(existing.Seq, seq))
            {
                break;
            }
        }

        var buffer = ArrayPool<byte>.Shared.Rent(data.Length);
        data.CopyTo(buffer);
        _outOfOrder.Insert(index, new OutOfOrderSegment(seq, buffer, data.Length));
        _outOfOrderBytes += data.Length;
    }

    /// <summary>Moves held segments that now continue the stream into the receive buffer.</summary>
    private void DrainOutOfOrder()
    {
        while (_outOfOrder.Count > 0 && SequenceNumbers.Le(_outOfOrder[0].Seq, _rcvNxt))
        {
            var segment = _outOfOrder[0];
            _outOfOrder.RemoveAt(0);
            _outOfOrderBytes -= segment.Length;
            var end = segment.Seq + (uint)segment.Length;
            if (SequenceNumbers.Gt(end, _rcvNxt))
            {
                var skip = (int)(_rcvNxt - segment.Seq);
                var fresh = segment.Buffer.AsSpan(skip, segment.Length - skip);
                var take = Math.Min(fresh.Length, _settings.ReceiveBufferSize - _receiveQueue.Count);
                _receiveQueue.Append(fresh[..take]);
                _rcvNxt += (uint)take;
                Statistics.BytesReceived += take;
            }

            ArrayPool<byte>.Shared.Return(segment.Buffer);
        }
    }

    private void ReleaseOutOfOrder()
    {
        foreach (var segment in _outOfOrder)
        {
            ArrayPool<byte>.Shared.Return(segment.Buffer);
        }

        _outOfOrder.Clear();
        _outOfOrderBytes = 0;
    }

    /// <summary>A segment held until the gap before it fills.</summary>
    private readonly record struct OutOfOrderSegment(uint Seq, byte[] Buffer, int Length);
}
