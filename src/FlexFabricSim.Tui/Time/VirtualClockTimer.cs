namespace FlexFabricSim.Tui.Time;

/// <summary>A timer of a <see cref="VirtualClock"/>: fires when the clock is advanced past its due time.</summary>
internal sealed class VirtualClockTimer(VirtualClock clock, TimerCallback callback, object? state) : ITimer
{
    private TimeSpan _period = Timeout.InfiniteTimeSpan;
    private bool _disposed;

    /// <summary>When the timer next fires, or null when it is stopped. Guarded by the clock's lock.</summary>
    public DateTimeOffset? DueAt { get; private set; }

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        if (_disposed)
        {
            return false;
        }
        clock.Schedule(this, dueTime, period);
        return true;
    }

    /// <summary>Sets the next due time from <paramref name="now"/>; an infinite due time stops the timer.</summary>
    internal void Arm(DateTimeOffset now, TimeSpan dueTime, TimeSpan period)
    {
        _period = period;
        DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : now + (dueTime < TimeSpan.Zero ? TimeSpan.Zero : dueTime);
    }

    /// <summary>Called just before firing: a periodic timer is due again one period later, a one-shot stops.</summary>
    internal void Rearm(DateTimeOffset now) =>
        DueAt = _period == Timeout.InfiniteTimeSpan || _period <= TimeSpan.Zero ? null : now + _period;

    internal void Disarm() => DueAt = null;

    internal void Fire() => callback(state);

    public void Dispose()
    {
        _disposed = true;
        clock.Remove(this);
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
