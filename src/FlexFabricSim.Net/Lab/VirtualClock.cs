namespace FlexFabricSim.Net.Lab;

/// <summary>The lab's virtual time: a <see cref="TimeProvider"/> that only moves when its <see cref="LabScheduler"/> jumps it to the next timer.</summary>
/// <remarks>
/// Timestamps are nanoseconds (so pcapng captures keep the serialisation delay of short frames). Timers fire in order of due
/// time, then of creation (or last change), on the scheduler's thread, which makes every lab run repeat exactly.
/// </remarks>
public sealed class VirtualClock : TimeProvider
{
    /// <summary>Where virtual time starts unless the lab says otherwise: a fixed instant, so captures do not depend on the day.</summary>
    public static readonly DateTimeOffset DefaultEpoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private const long NanosecondsPerTick = 100;
    private readonly LabScheduler _scheduler;

    internal VirtualClock(LabScheduler scheduler, DateTimeOffset epoch)
    {
        _scheduler = scheduler;
        Epoch = epoch;
    }

    /// <summary>The wall-clock instant that virtual time zero stands for.</summary>
    public DateTimeOffset Epoch { get; }

    /// <summary>Virtual nanoseconds since <see cref="Epoch"/>.</summary>
    public long Nanoseconds { get; private set; }

    /// <summary>Virtual time elapsed since <see cref="Epoch"/>.</summary>
    public TimeSpan Elapsed => TimeSpan.FromTicks(Nanoseconds / NanosecondsPerTick);

    /// <summary>The current virtual instant as nanoseconds since the Unix epoch (pcapng timestamps).</summary>
    public long UnixTimeNanoseconds => ((Epoch.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * NanosecondsPerTick) + Nanoseconds;

    /// <inheritdoc />
    public override long TimestampFrequency => 1_000_000_000;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => Epoch.AddTicks(Nanoseconds / NanosecondsPerTick);

    /// <inheritdoc />
    public override long GetTimestamp() => Nanoseconds;

    /// <summary>Creates a timer whose callback runs on the lab scheduler's thread when virtual time reaches its due time.</summary>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new VirtualTimer(_scheduler, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Converts a duration to virtual nanoseconds (negative durations count as zero).</summary>
    internal static long ToNanoseconds(TimeSpan span) => span <= TimeSpan.Zero ? 0 : checked(span.Ticks * NanosecondsPerTick);

    internal void AdvanceTo(long nanoseconds)
    {
        if (nanoseconds > Nanoseconds)
        {
            Nanoseconds = nanoseconds;
        }
    }
}
