using System.Diagnostics;
using FlexFabricSim.Net.Lab;

namespace FlexFabricSim.Net.Tests.Lab;

public sealed class LabSchedulerTests
{
    [Fact]
    public void LongDelaysCostNoRealTime()
    {
        var lab = new LabScheduler();
        var clock = Stopwatch.StartNew();
        lab.Run(() => Task.Delay(TimeSpan.FromSeconds(255), lab.TimeProvider));
        Assert.Equal(TimeSpan.FromSeconds(255), lab.Clock.Elapsed);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2));
        Assert.Equal(VirtualClock.DefaultEpoch.AddSeconds(255), lab.TimeProvider.GetUtcNow());
    }

    [Fact]
    public void TimersFireByDueTimeThenCreationOrder()
    {
        var lab = new LabScheduler();
        var order = new List<string>();
        lab.Run(async () =>
        {
            var tp = lab.TimeProvider;
            using var t1 = tp.CreateTimer(_ => order.Add("b@2"), null, TimeSpan.FromSeconds(2), Timeout.InfiniteTimeSpan);
            using var t2 = tp.CreateTimer(_ => order.Add("a@1"), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
            using var t3 = tp.CreateTimer(_ => order.Add("c@2"), null, TimeSpan.FromSeconds(2), Timeout.InfiniteTimeSpan);
            using var t4 = tp.CreateTimer(_ => order.Add("never"), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
            t4.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            await Task.Delay(TimeSpan.FromSeconds(3), tp);
        });
        Assert.Equal(["a@1", "b@2", "c@2"], order);
    }

    [Fact]
    public void PeriodicTimerRepeatsUntilDisposed()
    {
        var lab = new LabScheduler();
        var ticks = new List<TimeSpan>();
        lab.Run(async () =>
        {
            ITimer? timer = null;
            timer = lab.TimeProvider.CreateTimer(_ =>
            {
                ticks.Add(lab.Clock.Elapsed);
                if (ticks.Count == 3)
                {
                    timer!.Dispose();
                }
            }, null, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(250));
            await Task.Delay(TimeSpan.FromSeconds(5), lab.TimeProvider);
        });
        Assert.Equal([TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(350), TimeSpan.FromMilliseconds(600)], ticks);
    }

    [Fact]
    public void WaitingForSomethingThatNeverComesIsADeadlock()
    {
        var lab = new LabScheduler();
        var never = new TaskCompletionSource();
        var e = Assert.Throws<LabDeadlockException>(() => lab.Run(() => never.Task));
        Assert.Contains("no timer is pending", e.Message);
    }

    [Fact]
    public void VirtualTimeLimitStopsARunaway()
    {
        var lab = new LabScheduler();
        Assert.Throws<TimeoutException>(() => lab.Run(() => Task.Delay(TimeSpan.FromHours(2), lab.TimeProvider), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void ContinuationsStayOnTheLabThreadInOrder()
    {
        var lab = new LabScheduler();
        var log = new List<string>();
        lab.Run(async () =>
        {
            var thread = Environment.CurrentManagedThreadId;
            async Task Worker(string name, int steps)
            {
                for (var i = 0; i < steps; i++)
                {
                    await Task.Yield();
                    Assert.Equal(thread, Environment.CurrentManagedThreadId);
                    log.Add($"{name}{i}");
                }
            }

            await Task.WhenAll(Worker("x", 3), Worker("y", 3));
        });
        Assert.Equal(["x0", "y0", "x1", "y1", "x2", "y2"], log);
    }

    [Fact]
    public void RunForAdvancesExactlyAndRunsWhatIsDue()
    {
        var lab = new LabScheduler();
        var fired = 0;
        using var timer = lab.TimeProvider.CreateTimer(_ => fired++, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        lab.RunFor(TimeSpan.FromMilliseconds(999));
        Assert.Equal(0, fired);
        lab.RunFor(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, fired);
        Assert.Equal(TimeSpan.FromSeconds(1), lab.Clock.Elapsed);
    }

    [Fact]
    public void AnExceptionInWorkStopsTheLab()
    {
        var lab = new LabScheduler();
        using var timer = lab.TimeProvider.CreateTimer(_ => throw new InvalidOperationException("boom"), null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan);
        var e = Assert.Throws<InvalidOperationException>(() => lab.Run(() => Task.Delay(TimeSpan.FromSeconds(2), lab.TimeProvider)));
        Assert.Equal("boom", e.Message);
    }
}
