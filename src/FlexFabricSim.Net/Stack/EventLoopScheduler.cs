using System.Collections.Concurrent;

namespace FlexFabricSim.Net.Stack;

/// <summary>A dedicated thread in real time (<see cref="TimeProvider.System"/>) that runs one stack on a real interface.</summary>
/// <remarks>Work posted from any thread runs on the loop thread in order. If a work item throws, the loop stops and
/// <see cref="Completion"/> faults with that exception, so a bug never goes unnoticed.</remarks>
public sealed class EventLoopScheduler : StackScheduler, IDisposable
{
    private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> _queue = new();
    private readonly Thread _thread;
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Starts the loop thread.</summary>
    /// <param name="name">Thread name, shown in debuggers.</param>
    /// <param name="timeProvider">The clock (default: the system clock).</param>
    public EventLoopScheduler(string name = "network-stack", TimeProvider? timeProvider = null)
    {
        TimeProvider = timeProvider ?? TimeProvider.System;
        _thread = new Thread(Loop) { IsBackground = true, Name = name };
        _thread.Start();
    }

    /// <inheritdoc />
    public override TimeProvider TimeProvider { get; }

    /// <inheritdoc />
    public override bool IsCurrentThread => Environment.CurrentManagedThreadId == _thread.ManagedThreadId;

    /// <summary>Completes when the loop has stopped: normally after <see cref="Dispose"/>, faulted if a work item threw.</summary>
    public Task Completion => _completion.Task;

    /// <inheritdoc />
    public override void Post(SendOrPostCallback d, object? state)
    {
        ArgumentNullException.ThrowIfNull(d);
        try
        {
            _queue.Add((d, state));
        }
        catch (InvalidOperationException)
        {
            // The loop has stopped; late frames and timers after shutdown are dropped on purpose.
        }
    }

    /// <summary>The loop has one context for all its work.</summary>
    public override SynchronizationContext CreateCopy() => this;

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return TimeProvider.CreateTimer(s => Post(c => callback(c), s), state, dueTime, period);
    }

    /// <summary>Stops accepting work, lets the queued work finish, and joins the thread (unless called from it).</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        if (!IsCurrentThread)
        {
            _thread.Join();
        }
    }

    private void Loop()
    {
        SetSynchronizationContext(this);
        try
        {
            foreach (var (callback, state) in _queue.GetConsumingEnumerable())
            {
                callback(state);
            }

            _completion.TrySetResult();
        }
        catch (Exception e)
        {
            _queue.CompleteAdding();
            _completion.TrySetException(e);
        }
    }
}
