namespace FlexFabricSim.Boot.Ladder;

/// <summary>
/// Puts one direction of a TCP connection back in order from captured segments: duplicates and overlaps are trimmed,
/// early segments wait for the gap to fill. Sequence numbers compare in serial arithmetic (RFC 1982).
/// </summary>
internal sealed class TcpStreamReassembler
{
    private readonly SortedDictionary<uint, byte[]> _early = new(Comparer<uint>.Create((a, b) => (int)(a - b)));
    private readonly List<byte> _buffer = [];
    private uint? _next;

    /// <summary>The in-order bytes not consumed yet.</summary>
    public List<byte> Buffer => _buffer;

    /// <summary>A SYN: the data starts one past its sequence number.</summary>
    public void Syn(uint sequence) => _next ??= sequence + 1;

    /// <summary>A segment carrying <paramref name="payload"/> at <paramref name="sequence"/>; returns whether in-order bytes were added.</summary>
    public bool Segment(uint sequence, ReadOnlySpan<byte> payload)
    {
        if (payload.IsEmpty)
        {
            return false;
        }
        _next ??= sequence; // the capture missed the SYN: start where it starts
        var offset = (int)(_next.Value - sequence);
        if (offset >= payload.Length)
        {
            return false; // a retransmission of bytes already taken
        }
        if (offset < 0)
        {
            _early.TryAdd(sequence, payload.ToArray());
            return false;
        }
        Append(payload[offset..]);
        while (_early.Count > 0)
        {
            var (start, bytes) = _early.First();
            var skip = (int)(_next.Value - start);
            if (skip < 0)
            {
                break;
            }
            _early.Remove(start);
            if (skip < bytes.Length)
            {
                Append(bytes.AsSpan(skip));
            }
        }
        return true;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            _buffer.Add(b);
        }
        _next += (uint)bytes.Length;
    }
}
