namespace FlexFabricSim.Tui.Time;

/// <summary>A <see cref="TimeProvider"/> that moves only when <see cref="Advance"/> is called: headless runs take no real time.</summary>
/// <remarks>
/// Timers fire synchronously on the thread that advances the clock, in due-time order, with <see cref="GetUtcNow"/>
/// set to each timer's due time while its callback runs, so code under test sees the same instants it would in real time.
/// </remarks>
public sealed class VirtualClock : TimeProvider
{
    /// <summary>The instant a new clock starts at unless told otherwise (any fixed value keeps runs reproducible).</summary>
    public static readonly DateTimeOffset DefaultStart = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly object _gate = new();
    private readonly List<VirtualClockTimer> _timers = [];
    private DateTimeOffset _now;

    /// <summary>Creates a clock standing at <paramref name="start"/> (default <see cref="DefaultStart"/>).</summary>
    public VirtualClock(DateTimeOffset? start = null) => _now = start ?? DefaultStart;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new VirtualClockTimer(this, callback, state);
        lock (_gate)
        {
            _timers.Add(timer);
        }
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves time forward by <paramref name="delta"/>, firing every timer that falls due on the way.</summary>
    /// <remarks>
    /// Callbacks run with no <see cref="SynchronizationContext"/>: .NET inlines the continuations of completed tasks only
    /// then, so code awaiting <c>Task.Delay(..., clock)</c> has run to its next wait when this returns, whatever context
    /// (a UI loop, a test runner) the caller has. Without that, continuations would race on the thread pool.
    /// </remarks>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            AdvanceTo(delta);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }

    private void AdvanceTo(TimeSpan delta)
    {
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + delta;
        }

        while (true)
        {
            VirtualClockTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.DueAt is { } due && due <= target).MinBy(t => t.DueAt);
                if (next is null)
                {
                    _now = target;
                    return;
                }
                if (next.DueAt > _now)
                {
                    _now = next.DueAt!.Value;
                }
                next.Rearm(_now);
            }
            next.Fire();
        }
    }

    internal void Schedule(VirtualClockTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            timer.Arm(_now, dueTime, period);
        }
    }

    internal void Remove(VirtualClockTimer timer)
    {
        lock (_gate)
        {
            timer.Disarm();
            _timers.Remove(timer);
        }
    }
}
