using System.Net;
using FlexFabricSim.Net.Ethernet;

namespace FlexFabricSim.Net.Stack;

/// <summary>IP-to-MAC mappings for one address family (the ARP cache, or the IPv6 neighbour cache), with packets waiting for resolution.</summary>
/// <remarks>
/// A simplification of RFC 4861 §7.3 that fits a boot ROM: an entry is REACHABLE for <c>reachableTime</c> after an answer or
/// after traffic from the neighbour confirmed it (upper-layer hints, §7.3.1); after that it is resolved again. While a
/// neighbour is INCOMPLETE, outgoing packets wait in a bounded queue (oldest dropped first).
/// </remarks>
internal sealed class NeighborCache
{
    private readonly Dictionary<NeighborKey, Entry> _entries = [];

    public int Count => _entries.Count;

    /// <summary>The MAC of <paramref name="address"/> if known and fresh at <paramref name="now"/>.</summary>
    public bool TryGet(IPAddress address, TimeSpan now, out MacAddress mac)
    {
        if (_entries.TryGetValue(NeighborKey.From(address), out var entry) && entry.Mac is { } known && entry.ReachableUntil > now)
        {
            mac = known;
            return true;
        }

        mac = default;
        return false;
    }

    /// <summary>Records a mapping learned from the wire; returns packets that were waiting for it (to be sent now).</summary>
    public Queue<byte[]>? Update(IPAddress address, MacAddress mac, TimeSpan reachableUntil)
    {
        if (!_entries.TryGetValue(NeighborKey.From(address), out var entry))
        {
            _entries[NeighborKey.From(address)] = new Entry { Address = address, Mac = mac, ReachableUntil = reachableUntil };
            return null;
        }

        entry.Mac = mac;
        entry.ReachableUntil = reachableUntil;
        entry.Attempts = 0;
        var pending = entry.Pending;
        entry.Pending = null;
        return pending;
    }

    /// <summary>Refreshes an entry if traffic came from the MAC it records (upper-layer reachability confirmation).</summary>
    public void Confirm(IPAddress address, MacAddress mac, TimeSpan reachableUntil)
    {
        if (_entries.TryGetValue(NeighborKey.From(address), out var entry) && entry.Mac == mac && entry.ReachableUntil < reachableUntil)
        {
            entry.ReachableUntil = reachableUntil;
        }
    }

    /// <summary>Whether an entry exists (resolved or being resolved).</summary>
    public bool Contains(IPAddress address) => _entries.ContainsKey(NeighborKey.From(address));

    /// <summary>Whether an entry exists, for a key read straight from the wire.</summary>
    public bool Contains(NeighborKey key) => _entries.ContainsKey(key);

    /// <summary>Queues a packet for an unresolved neighbour; returns true when a resolution must be started (none is running).</summary>
    public bool Enqueue(IPAddress address, byte[] packet, int limit, out bool droppedOldest)
    {
        droppedOldest = false;
        if (!_entries.TryGetValue(NeighborKey.From(address), out var entry))
        {
            entry = new Entry { Address = address };
            _entries[NeighborKey.From(address)] = entry;
        }

        var pending = entry.Pending ??= new Queue<byte[]>();
        if (pending.Count >= limit)
        {
            pending.Dequeue();
            droppedOldest = true;
        }

        pending.Enqueue(packet);
        if (entry.Attempts > 0)
        {
            return false;
        }

        return true;
    }

    /// <summary>Records one resolution attempt; the next is due at <paramref name="next"/>.</summary>
    public void MarkAttempt(IPAddress address, TimeSpan next)
    {
        if (_entries.TryGetValue(NeighborKey.From(address), out var entry))
        {
            entry.Attempts++;
            entry.NextAttemptAt = next;
        }
    }

    /// <summary>Resolutions whose next attempt is due, and those that ran out of attempts (removed, with their dropped packet count).</summary>
    public (List<IPAddress> Retry, int DroppedPackets) Expire(TimeSpan now, int maxAttempts)
    {
        var retry = new List<IPAddress>();
        var dropped = 0;
        List<NeighborKey>? failed = null;
        foreach (var (key, entry) in _entries)
        {
            var address = entry.Address;
            if (entry.Pending is null || entry.Attempts == 0 || entry.NextAttemptAt > now)
            {
                continue;
            }

            if (entry.Attempts >= maxAttempts)
            {
                (failed ??= []).Add(key);
                dropped += entry.Pending.Count;
            }
            else
            {
                retry.Add(address);
            }
        }

        foreach (var key in failed ?? [])
        {
            _entries.Remove(key);
        }

        return (retry, dropped);
    }

    /// <summary>The earliest pending attempt, for the resolution timer.</summary>
    public TimeSpan? NextAttemptDue()
    {
        TimeSpan? next = null;
        foreach (var entry in _entries.Values)
        {
            if (entry.Pending is not null && entry.Attempts > 0 && (next is null || entry.NextAttemptAt < next))
            {
                next = entry.NextAttemptAt;
            }
        }

        return next;
    }

    /// <summary>A snapshot of resolved entries, for diagnostics.</summary>
    public IReadOnlyDictionary<IPAddress, MacAddress> Snapshot() =>
        _entries.Values.Where(e => e.Mac is not null).ToDictionary(e => e.Address, e => e.Mac!.Value);

    public void Clear() => _entries.Clear();

    private sealed class Entry
    {
        public required IPAddress Address { get; init; }

        public MacAddress? Mac { get; set; }

        public TimeSpan ReachableUntil { get; set; }

        public int Attempts { get; set; }

        public TimeSpan NextAttemptAt { get; set; }

        public Queue<byte[]>? Pending { get; set; }
    }
}
