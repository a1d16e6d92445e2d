using FlexFabricSim.Tui.Time;

namespace FlexFabricSim.Tui.Tests.Time;

public class VirtualClockTests
{
    [Fact]
    public void Time_moves_only_when_advanced()
    {
        var clock = new VirtualClock();
        var start = clock.GetUtcNow();
        var timestamp = clock.GetTimestamp();

        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(start + TimeSpan.FromSeconds(5), clock.GetUtcNow());
        Assert.Equal(TimeSpan.FromSeconds(5), clock.GetElapsedTime(timestamp));
    }

    [Fact]
    public void Timers_fire_in_due_order_each_seeing_its_own_due_time()
    {
        var clock = new VirtualClock();
        var start = clock.GetUtcNow();
        var fired = new List<(string Name, TimeSpan At)>();
        var once = Timeout.InfiniteTimeSpan;
        using var late = clock.CreateTimer(_ => fired.Add(("late", clock.GetUtcNow() - start)), null, TimeSpan.FromSeconds(3), once);
        using var early = clock.CreateTimer(_ => fired.Add(("early", clock.GetUtcNow() - start)), null, TimeSpan.FromSeconds(1), once);

        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal([("early", TimeSpan.FromSeconds(1)), ("late", TimeSpan.FromSeconds(3))], fired);
    }

    [Fact]
    public void A_periodic_timer_fires_once_per_period_and_stops_when_disposed()
    {
        var clock = new VirtualClock();
        var count = 0;
        var timer = clock.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

        clock.Advance(TimeSpan.FromSeconds(3.5));
        Assert.Equal(3, count);

        timer.Dispose();
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(3, count);
    }

    [Fact]
    public void Change_reschedules_and_an_infinite_due_time_stops_the_timer()
    {
        var clock = new VirtualClock();
        var count = 0;
        using var timer = clock.CreateTimer(_ => count++, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);

        timer.Change(TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);
        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(0, count);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, count);

        timer.Change(TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        timer.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, count);
    }

    [Fact]
    public void Awaited_delays_continue_inline_even_under_a_synchronization_context()
    {
        var clock = new VirtualClock();
        var steps = new List<int>();
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(new PostingContext());
        try
        {
            _ = RunAsync();
            clock.Advance(TimeSpan.FromMilliseconds(150));
            Assert.Equal([1], steps);
            clock.Advance(TimeSpan.FromMilliseconds(100));
            Assert.Equal([1, 2], steps);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }

        async Task RunAsync()
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), clock).ConfigureAwait(false);
            steps.Add(1);
            await Task.Delay(TimeSpan.FromMilliseconds(100), clock).ConfigureAwait(false);
            steps.Add(2);
        }
    }

    [Fact]
    public void Advancing_backwards_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new VirtualClock().Advance(TimeSpan.FromSeconds(-1)));
    }

    /// <summary>A context like a UI loop's or a test runner's that posts work elsewhere (here: drops it; nothing may rely on it).</summary>
    private sealed class PostingContext : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state)
        {
        }
    }
}
