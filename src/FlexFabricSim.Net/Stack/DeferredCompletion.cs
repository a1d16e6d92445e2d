namespace FlexFabricSim.Net.Stack;

/// <summary>How the stack completes the tasks it hands out: from a work item of its own on the scheduler, with synchronous continuations.</summary>
/// <remarks>
/// <para>Completing inline would run the awaiting code in the middle of frame processing (re-entrancy). Completing with
/// <c>RunContinuationsAsynchronously</c> sends continuations that are not plain awaits (<c>Task.WhenAny</c>, <c>WaitAsync</c>)
/// to the thread pool, where the lab cannot see them: it would jump its clock meanwhile and fire a timeout that should not
/// happen. Posting the completion as its own work item and letting continuations run synchronously there avoids both, so a
/// timeout written as <c>await Task.WhenAny(read, Task.Delay(t, timeProvider))</c> is exact and repeatable in the lab.</para>
/// </remarks>
internal static class DeferredCompletion
{
    /// <summary>A task source whose continuations run synchronously where it is completed (always a fresh scheduler work item).</summary>
    public static TaskCompletionSource<T> Create<T>() => new(TaskCreationOptions.None);

    /// <summary>A task source without a result, completed the same way.</summary>
    public static TaskCompletionSource Create() => new(TaskCreationOptions.None);

    public static void Resolve<T>(this StackScheduler scheduler, TaskCompletionSource<T> source, T value) =>
        scheduler.Post(static state =>
        {
            var (s, v) = ((TaskCompletionSource<T>, T))state!;
            s.TrySetResult(v);
        }, (source, value));

    public static void Resolve(this StackScheduler scheduler, TaskCompletionSource source) =>
        scheduler.Post(static state => ((TaskCompletionSource)state!).TrySetResult(), source);

    public static void Fail<T>(this StackScheduler scheduler, TaskCompletionSource<T> source, Exception error) =>
        scheduler.Post(static state =>
        {
            var (s, e) = ((TaskCompletionSource<T>, Exception))state!;
            s.TrySetException(e);
        }, (source, error));

    public static void Fail(this StackScheduler scheduler, TaskCompletionSource source, Exception error) =>
        scheduler.Post(static state =>
        {
            var (s, e) = ((TaskCompletionSource, Exception))state!;
            s.TrySetException(e);
        }, (source, error));

    public static void Cancel<T>(this StackScheduler scheduler, TaskCompletionSource<T> source, CancellationToken token) =>
        scheduler.Post(static state =>
        {
            var (s, t) = ((TaskCompletionSource<T>, CancellationToken))state!;
            s.TrySetCanceled(t);
        }, (source, token));

    public static void Cancel(this StackScheduler scheduler, TaskCompletionSource source, CancellationToken token) =>
        scheduler.Post(static state =>
        {
            var (s, t) = ((TaskCompletionSource, CancellationToken))state!;
            s.TrySetCanceled(t);
        }, (source, token));
}
