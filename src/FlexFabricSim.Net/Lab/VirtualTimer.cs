namespace FlexFabricSim.Net.Lab;

/// <summary>A timer of the <see cref="VirtualClock"/>: each <see cref="Change"/> enqueues a new due entry and makes older ones stale.</summary>
internal sealed class VirtualTimer : ITimer
{
    private readonly LabScheduler _scheduler;
    private readonly TimerCallback _callback;
    private readonly object? _state;

    public VirtualTimer(LabScheduler scheduler, TimerCallback callback, object? state)
    {
        _scheduler = scheduler;
        _callback = callback;
        _state = state;
    }

    /// <summary>Bumped on every change; a queued entry with an older generation is ignored.</summary>
    internal int Generation { get; private set; }

    internal long PeriodNanoseconds { get; private set; }

    internal bool IsDisposed { get; private set; }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        if (IsDisposed)
        {
            return false;
        }

        if (!_scheduler.IsCurrentThread)
        {
            // Timer state belongs to the lab thread: a change from elsewhere is handed over (and takes effect from then).
            _scheduler.Post(static s =>
            {
                var (timer, due, every) = ((VirtualTimer, TimeSpan, TimeSpan))s!;
                timer.Change(due, every);
            }, (this, dueTime, period));
            return true;
        }

        Generation++;
        PeriodNanoseconds = period == Timeout.InfiniteTimeSpan ? 0 : VirtualClock.ToNanoseconds(period);
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _scheduler.EnqueueTimer(this, Generation, _scheduler.Clock.Nanoseconds + VirtualClock.ToNanoseconds(dueTime));
        }

        return true;
    }

    internal void Fire() => _callback(_state);

    public void Dispose()
    {
        if (!_scheduler.IsCurrentThread)
        {
            _scheduler.Post(static s => ((VirtualTimer)s!).Dispose(), this);
            return;
        }

        IsDisposed = true;
        Generation++;
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
