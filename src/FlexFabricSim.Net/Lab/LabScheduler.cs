using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.ExceptionServices;
using FlexFabricSim.Net.Stack;

namespace FlexFabricSim.Net.Lab;

/// <summary>Runs every host of a lab on one thread and one <see cref="VirtualClock"/>: ready work first-in first-out, then the clock jumps to the next timer.</summary>
/// <remarks>
/// <para>Nothing here waits in real time: a 255-second link-up delay costs only the work done around it. Timers due at the same
/// instant fire in the order they were set, and all work is FIFO, so the same lab gives the same frames with the same timestamps
/// on every run.</para>
/// <para>Use it like this: <c>lab.Run(async () =&gt; { ... await conn.GetStream().ReadAsync(...); ... })</c>. Code running inside
/// keeps its continuations on the lab (it is the <see cref="SynchronizationContext"/>); <c>ConfigureAwait(false)</c> or
/// <c>Task.Run</c> would leave it and lose determinism.</para>
/// </remarks>
public sealed class LabScheduler : StackScheduler
{
    private readonly Queue<(SendOrPostCallback Callback, object? State)> _ready = new();
    private readonly ConcurrentQueue<(SendOrPostCallback Callback, object? State)> _fromOtherThreads = new();
    private readonly PriorityQueue<TimerEntry, (long Due, long Sequence)> _timers = new();
    private long _sequence;
    private int? _runningThread;

    /// <summary>Creates a lab whose virtual time starts at <paramref name="epoch"/> (default <see cref="VirtualClock.DefaultEpoch"/>).</summary>
    public LabScheduler(DateTimeOffset? epoch = null)
    {
        Clock = new VirtualClock(this, epoch ?? VirtualClock.DefaultEpoch);
    }

    /// <summary>The lab's virtual clock.</summary>
    public VirtualClock Clock { get; }

    /// <inheritdoc />
    public override TimeProvider TimeProvider => Clock;

    /// <summary>Work items executed so far (frames, timers, continuations), for benchmarks and sanity checks.</summary>
    public long ExecutedWorkItems { get; private set; }

    /// <summary>Timers (and scheduled deliveries) that are waiting for their due time (stale entries included until they surface).</summary>
    public int PendingTimers => _timers.Count;

    /// <summary>True on the thread running the lab, and on any thread while the lab is not running (to set hosts up before a run).</summary>
    public override bool IsCurrentThread => _runningThread is not { } running || running == Environment.CurrentManagedThreadId;

    /// <summary>Queues work; from the lab's own thread without any lock, from other threads through a concurrent queue.</summary>
    /// <remarks>The queues and the timer heap belong to the lab thread; other threads (a thread-pool continuation that found
    /// its way back, a timer disposed elsewhere) only ever hand work over, so the single-threaded hot path needs no lock.</remarks>
    public override void Post(SendOrPostCallback d, object? state)
    {
        ArgumentNullException.ThrowIfNull(d);
        if (_runningThread == Environment.CurrentManagedThreadId)
        {
            _ready.Enqueue((d, state));
        }
        else
        {
            _fromOtherThreads.Enqueue((d, state));
        }
    }

    /// <summary>A copy of this context for code that captures it (the lab has one context for all its hosts).</summary>
    public override SynchronizationContext CreateCopy() => this;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        Clock.CreateTimer(callback, state, dueTime, period);

    /// <summary>Runs <paramref name="main"/> and everything it sets going until it completes; returns its result.</summary>
    /// <param name="main">The lab's script.</param>
    /// <param name="virtualTimeLimit">Virtual time after which the run fails with <see cref="TimeoutException"/> (default: none).</param>
    /// <exception cref="LabDeadlockException">Nothing is ready, no timer is pending, and <paramref name="main"/> has not finished.</exception>
    public T Run<T>(Func<Task<T>> main, TimeSpan? virtualTimeLimit = null)
    {
        ArgumentNullException.ThrowIfNull(main);
        return Enter(() =>
        {
            var limit = virtualTimeLimit is { } l ? Clock.Nanoseconds + VirtualClock.ToNanoseconds(l) : long.MaxValue;
            var task = main();
            while (!task.IsCompleted)
            {
                if (RunOne())
                {
                    continue;
                }

                if (!AdvanceToNextTimer(limit))
                {
                    if (limit != long.MaxValue && NextTimerDue() is not null)
                    {
                        throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                            $"the lab script did not finish within {virtualTimeLimit} of virtual time (now {Clock.Elapsed})"));
                    }

                    throw new LabDeadlockException(string.Create(CultureInfo.InvariantCulture,
                        $"lab deadlock at virtual time {Clock.Elapsed}: the script is still waiting, but no work is ready and no timer is pending"));
                }
            }

            return task.GetAwaiter().GetResult();
        });
    }

    /// <summary>Runs <paramref name="main"/> and everything it sets going until it completes.</summary>
    /// <exception cref="LabDeadlockException">Nothing is ready, no timer is pending, and <paramref name="main"/> has not finished.</exception>
    public void Run(Func<Task> main, TimeSpan? virtualTimeLimit = null)
    {
        ArgumentNullException.ThrowIfNull(main);
        Run(async () =>
        {
            await main();
            return true;
        }, virtualTimeLimit);
    }

    /// <summary>Runs all work that is ready now, without moving the clock.</summary>
    public void RunUntilIdle() => Enter(() =>
    {
        while (RunOne())
        {
        }

        return true;
    });

    /// <summary>Runs work and timers until <paramref name="duration"/> of virtual time has passed; the clock ends exactly there.</summary>
    public void RunFor(TimeSpan duration) => Enter(() =>
    {
        var end = Clock.Nanoseconds + VirtualClock.ToNanoseconds(duration);
        while (true)
        {
            if (RunOne())
            {
                continue;
            }

            if (!AdvanceToNextTimer(end))
            {
                break;
            }
        }

        Clock.AdvanceTo(end);
        return true;
    });

    /// <summary>Runs <paramref name="action"/> on the lab thread <paramref name="delayNanoseconds"/> of virtual time from now (a cheap one-shot timer for links).</summary>
    internal void Schedule(long delayNanoseconds, Action<object?> action, object? state) =>
        _timers.Enqueue(new TimerEntry(null, 0, action, state), (Clock.Nanoseconds + Math.Max(0, delayNanoseconds), _sequence++));

    /// <summary>Queues a timer's next due entry; lab thread only (timers hand changes from other threads over with <see cref="Post"/>).</summary>
    internal void EnqueueTimer(VirtualTimer timer, int generation, long due) =>
        _timers.Enqueue(new TimerEntry(timer, generation, null, null), (due, _sequence++));

    private T Enter<T>(Func<T> body)
    {
        if (_runningThread is { } running)
        {
            if (running == Environment.CurrentManagedThreadId)
            {
                throw new InvalidOperationException("the lab is already running on this thread; await inside the script instead of calling Run again");
            }

            throw new InvalidOperationException("the lab is running on another thread");
        }

        var previous = Current;
        _runningThread = Environment.CurrentManagedThreadId;
        SetSynchronizationContext(this);
        // Work posted while the lab was not running (link status from setting hosts up) goes first, in the order posted.
        while (_fromOtherThreads.TryDequeue(out var early))
        {
            _ready.Enqueue(early);
        }

        try
        {
            return body();
        }
        finally
        {
            SetSynchronizationContext(previous);
            _runningThread = null;
        }
    }

    private bool RunOne()
    {
        if (!_ready.TryDequeue(out var item) && !_fromOtherThreads.TryDequeue(out item))
        {
            return false;
        }

        var (callback, state) = item;
        ExecutedWorkItems++;
        try
        {
            callback(state);
        }
        catch (Exception e)
        {
            // A work item that throws is a bug in a host: stop the lab with the original stack trace.
            ExceptionDispatchInfo.Capture(e).Throw();
        }

        return true;
    }

    private long? NextTimerDue()
    {
        DiscardStaleTimers();
        return _timers.TryPeek(out _, out var key) ? key.Due : null;
    }

    /// <summary>Moves the clock to the earliest live timer at or before <paramref name="limit"/> and runs its callback.</summary>
    private bool AdvanceToNextTimer(long limit)
    {
        DiscardStaleTimers();
        if (!_timers.TryPeek(out var entry, out var key) || key.Due > limit)
        {
            return false;
        }

        _timers.Dequeue();
        Clock.AdvanceTo(key.Due);
        if (entry.Timer is { } timer && timer.PeriodNanoseconds > 0)
        {
            _timers.Enqueue(entry, (key.Due + timer.PeriodNanoseconds, _sequence++));
        }

        // Nothing else is ready (timers are only reached when the queue is empty), so running the callback here
        // is the same as queueing it, without the allocation.
        ExecutedWorkItems++;
        try
        {
            if (entry.Timer is { } t)
            {
                t.Fire();
            }
            else
            {
                entry.Action!(entry.State);
            }
        }
        catch (Exception e)
        {
            ExceptionDispatchInfo.Capture(e).Throw();
        }

        return true;
    }

    private void DiscardStaleTimers()
    {
        while (_timers.TryPeek(out var entry, out _) && entry.Timer is { } timer && (timer.IsDisposed || timer.Generation != entry.Generation))
        {
            _timers.Dequeue();
        }
    }

    private readonly record struct TimerEntry(VirtualTimer? Timer, int Generation, Action<object?>? Action, object? State);
}
