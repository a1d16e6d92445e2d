using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Lab;

namespace FlexFabricSim.Net.Links;

/// <summary>The cable's behaviour: latency, injected faults, and arrival at the switch or the host.</summary>
public sealed partial class LabSwitchPort
{
    /// <summary>Puts a frame on the cable; it arrives after <paramref name="departure"/> plus latency and faults, unless lost.</summary>
    private void Send(LabFrame frame, long departure, bool toHost)
    {
        var arrival = departure + VirtualClock.ToNanoseconds(Options.Latency);
        var faults = Faults;
        var copies = 1;
        if (!faults.IsNone)
        {
            if (Chance(faults.DropRate))
            {
                Counters.DroppedByFault++;
                frame.Release();
                return;
            }

            if (Chance(faults.CorruptRate))
            {
                frame = Corrupt(frame);
            }

            if (Chance(faults.ReorderRate))
            {
                Counters.Reordered++;
                arrival += VirtualClock.ToNanoseconds(faults.ReorderDelay);
            }

            if (Chance(faults.DuplicateRate))
            {
                Counters.Duplicated++;
                copies = 2;
            }

            arrival += VirtualClock.ToNanoseconds(faults.ExtraDelay);
        }

        for (var i = 0; i < copies; i++)
        {
            var flight = _flights.TryPop(out var reused) ? reused : new Flight(this);
            flight.Load(i == 0 ? frame : frame.AddReference(), _cableGeneration, toHost);
            // A duplicate arrives right after the original, one serialisation time later at most; 1 ns keeps the order.
            _switch.Scheduler.Schedule(arrival + i, static s => ((Flight)s!).Arrive(), flight);
        }
    }

    private bool Chance(double rate) => rate > 0 && _random.NextDouble() < rate;

    private LabFrame Corrupt(LabFrame frame)
    {
        Counters.Corrupted++;
        // The buffer may be shared with other ports of a flood: corrupt a private copy.
        var copy = _switch.Frames.Copy(frame.Span);
        frame.Release();
        // Only past the Ethernet header: a flip the FCS would catch never reaches a host, so the model is a corruption inside
        // a store-and-forward device (FCS recomputed), which only the IP, ICMP, UDP and TCP checksums can catch.
        var span = copy.Span[Math.Min(copy.Length, EthernetHeader.UntaggedLength + EthernetHeader.TagLength)..];
        if (!span.IsEmpty)
        {
            var bit = _random.Next(span.Length * 8);
            span[bit / 8] ^= (byte)(1 << (bit % 8));
        }
        return copy;
    }

    private void ArriveAtSwitch(LabFrame frame)
    {
        var tag = LabSwitch.TagOf(frame.Span);
        ushort? vlan = Options.VlanMode switch
        {
            VlanMode.Access => tag is null or 0 ? Options.AccessVlan : null,
            _ => tag is null or 0 ? Options.NativeVlan
                : Options.TrunkVlans is null || Options.TrunkVlans.Contains(tag.Value) ? tag : null,
        };
        if (vlan is null)
        {
            Counters.DroppedVlan++;
            return;
        }

        _switch.Forward(this, frame, vlan.Value);
    }

    private void ArriveAtHost(LabFrame frame)
    {
        if (_client is not { } client)
        {
            Counters.DroppedLinkDown++;
            return;
        }

        Counters.FramesToHost++;
        Tap(FrameDirection.Inbound, frame.Span);
        client.OnFrameReceived(frame.Span, ReceivedFrameFlags.None);
    }

    /// <summary>A frame on the cable, with the cable generation it left in (a cut in between loses it); recycled per port.</summary>
    private sealed class Flight(LabSwitchPort port)
    {
        private LabFrame? _frame;
        private int _generation;
        private bool _toHost;

        public void Load(LabFrame frame, int generation, bool toHost)
        {
            _frame = frame;
            _generation = generation;
            _toHost = toHost;
        }

        public void Arrive()
        {
            var frame = _frame!;
            _frame = null;
            try
            {
                if (_generation != port._cableGeneration || !port.Status.IsUp)
                {
                    port.Counters.DroppedLinkDown++;
                    return;
                }

                if (_toHost)
                {
                    port.ArriveAtHost(frame);
                }
                else
                {
                    port.ArriveAtSwitch(frame);
                }
            }
            finally
            {
                frame.Release();
                port._flights.Push(this);
            }
        }
    }
}
