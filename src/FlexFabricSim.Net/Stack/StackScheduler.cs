namespace FlexFabricSim.Net.Stack;

/// <summary>The single thread a <see cref="NetworkStack"/> lives on: every frame, timer and socket call of a stack runs here, one at a time.</summary>
/// <remarks>
/// Two implementations: <see cref="Lab.LabScheduler"/> runs any number of stacks on one virtual clock (deterministic, no real
/// waiting), <see cref="EventLoopScheduler"/> runs a stack on a dedicated thread in real time for a real interface. Being a
/// <see cref="SynchronizationContext"/>, it keeps <c>await</c> continuations of code started on it on it as well, so protocol
/// code above the stack (DHCP, iSCSI) is single-threaded too as long as it never uses <c>ConfigureAwait(false)</c>.
/// </remarks>
public abstract class StackScheduler : SynchronizationContext
{
    /// <summary>The clock every stack on this scheduler reads and sets its timers with.</summary>
    public abstract TimeProvider TimeProvider { get; }

    /// <summary>Whether the calling thread is this scheduler's thread (stack entry points may run inline only then).</summary>
    public abstract bool IsCurrentThread { get; }

    /// <summary>Queues <paramref name="d"/> to run on this scheduler's thread after the work already queued.</summary>
    public abstract override void Post(SendOrPostCallback d, object? state);

    /// <summary>Runs <paramref name="d"/> at once when called on the scheduler's thread; other threads must use <see cref="Post"/>.</summary>
    public override void Send(SendOrPostCallback d, object? state)
    {
        if (!IsCurrentThread)
        {
            throw new NotSupportedException("Send from another thread would block it on the scheduler; use Post or InvokeAsync");
        }

        d(state);
    }

    /// <summary>Creates a timer whose callback runs on this scheduler's thread.</summary>
    public abstract ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period);

    /// <summary>Runs <paramref name="work"/> on the scheduler's thread (inline if already there) and completes with its result.</summary>
    public Task<T> InvokeAsync<T>(Func<Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (IsCurrentThread)
        {
            return work();
        }

        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        Post(static state =>
        {
            var (work, completion) = ((Func<Task<T>>, TaskCompletionSource<T>))state!;
            Task<T> task;
            try
            {
                task = work();
            }
            catch (Exception e)
            {
                completion.TrySetException(e);
                return;
            }

            task.ContinueWith(
                static (t, c) =>
                {
                    var tcs = (TaskCompletionSource<T>)c!;
                    if (t.IsCanceled)
                    {
                        tcs.TrySetCanceled();
                    }
                    else if (t.IsFaulted)
                    {
                        tcs.TrySetException(t.Exception!.InnerExceptions);
                    }
                    else
                    {
                        tcs.TrySetResult(t.Result);
                    }
                },
                completion,
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }, (work, completion));
        return completion.Task;
    }

    /// <summary>Runs <paramref name="work"/> on the scheduler's thread (inline if already there).</summary>
    public Task InvokeAsync(Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return InvokeAsync(async () =>
        {
            await work();
            return true;
        });
    }

    /// <summary>Runs <paramref name="action"/> on the scheduler's thread (inline if already there).</summary>
    public Task InvokeAsync(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return InvokeAsync(() =>
        {
            action();
            return Task.FromResult(true);
        });
    }

    /// <summary>TCP buffer chunks shared by the stacks on this scheduler (they all run on its one thread).</summary>
    internal Tcp.ChunkPool Chunks { get; } = new();

    /// <summary>Throws unless called on the scheduler's thread (guards stack internals against cross-thread use).</summary>
    internal void VerifyAccess()
    {
        if (!IsCurrentThread)
        {
            throw new InvalidOperationException("network stack state may only be touched on its scheduler's thread");
        }
    }
}
