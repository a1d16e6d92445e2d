using FlexFabricSim.Net.Lab;

namespace FlexFabricSim.Net.Links;

/// <summary>The copies of one flooded frame, grouped by arrival time: one scheduled event per instant, delivered in port order.</summary>
/// <remarks>One builder per switch, reused for every flood, and delivery lists recycled after use: a broadcast storm of a
/// thousand hosts allocates nothing per copy.</remarks>
internal sealed class LabFloodDelivery
{
    private readonly List<(long Arrival, List<(LabSwitchPort Port, LabFrame Frame, int Generation)> Copies)> _groups = [];
    private readonly Stack<List<(LabSwitchPort Port, LabFrame Frame, int Generation)>> _spareLists = new();

    /// <summary>Ports of the switch: the size a delivery list needs, so a list never grows while it is filled.</summary>
    public int PortCount { get; set; }

    /// <summary>Adds a copy arriving <paramref name="arrival"/> nanoseconds from now.</summary>
    public void Add(long arrival, LabSwitchPort port, LabFrame frame, int generation)
    {
        foreach (var (time, copies) in _groups)
        {
            if (time == arrival)
            {
                copies.Add((port, frame, generation));
                return;
            }
        }

        var list = _spareLists.TryPop(out var spare) ? spare : new List<(LabSwitchPort, LabFrame, int)>(PortCount);
        list.Add((port, frame, generation));
        _groups.Add((arrival, list));
    }

    /// <summary>Schedules one delivery per distinct arrival time and empties the builder for the next flood.</summary>
    public void Schedule(LabScheduler scheduler)
    {
        foreach (var (arrival, copies) in _groups)
        {
            scheduler.Schedule(arrival, static state =>
            {
                var (owner, list) = ((LabFloodDelivery, List<(LabSwitchPort Port, LabFrame Frame, int Generation)>))state!;
                foreach (var (port, frame, generation) in list)
                {
                    port.ArriveFromFlood(frame, generation);
                }

                list.Clear();
                owner._spareLists.Push(list);
            }, (this, copies));
        }

        _groups.Clear();
    }
}
