namespace FlexFabricSim.Net.Stack;

/// <summary>A one-shot timer on a stack's scheduler with a movable deadline, cheap to re-arm on every ACK.</summary>
/// <remarks>
/// Moving the deadline later does not touch the underlying timer: when it fires early it just re-arms for the rest (the way
/// kernels keep the retransmission timer). Only moving it earlier reschedules. A stale firing (one posted before a change)
/// finds the deadline not reached, or gone, and does nothing.
/// </remarks>
internal sealed class StackTimer : IDisposable
{
    private readonly NetworkStack _stack;
    private readonly Action _callback;
    private ITimer? _timer;
    private TimeSpan? _scheduledFor;

    public StackTimer(NetworkStack stack, Action callback)
    {
        _stack = stack;
        _callback = callback;
    }

    /// <summary>When the callback is due, or null when disarmed.</summary>
    public TimeSpan? Deadline { get; private set; }

    public bool IsArmed => Deadline is not null;

    /// <summary>Arms (or re-arms) the timer to fire <paramref name="delay"/> from now.</summary>
    public void Arm(TimeSpan delay) => ArmAt(_stack.Now + delay);

    /// <summary>Arms the timer to fire at stack time <paramref name="deadline"/>.</summary>
    public void ArmAt(TimeSpan deadline)
    {
        Deadline = deadline;
        if (_scheduledFor is { } scheduled && scheduled <= deadline)
        {
            return;
        }

        Schedule(deadline);
    }

    /// <summary>Arms the timer only if it is not armed already or is due later.</summary>
    public void ArmAtOrBefore(TimeSpan deadline)
    {
        if (Deadline is null || deadline < Deadline)
        {
            ArmAt(deadline);
        }
    }

    /// <summary>Disarms the timer. The underlying timer stays scheduled and fires as a no-op, so a timer that is armed and
    /// cancelled for every segment (delayed ACK) costs one scheduled entry per period, not one per segment.</summary>
    public void Cancel() => Deadline = null;

    public void Dispose()
    {
        Deadline = null;
        _scheduledFor = null;
        _timer?.Dispose();
        _timer = null;
    }

    private void Schedule(TimeSpan at)
    {
        _scheduledFor = at;
        var due = at - _stack.Now;
        if (due < TimeSpan.Zero)
        {
            due = TimeSpan.Zero;
        }

        if (_timer is null)
        {
            _timer = _stack.Scheduler.CreateTimer(static s => ((StackTimer)s!).OnTimer(), this, due, Timeout.InfiniteTimeSpan);
        }
        else
        {
            _timer.Change(due, Timeout.InfiniteTimeSpan);
        }
    }

    private void OnTimer()
    {
        _scheduledFor = null;
        if (Deadline is not { } deadline || _stack.IsDisposed)
        {
            return;
        }

        if (_stack.Now < deadline)
        {
            Schedule(deadline);
            return;
        }

        Deadline = null;
        _callback();
    }
}
