using Microsoft.Extensions.Time.Testing;

namespace FlexFabricSim.Net.Tests.Dhcp;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that counts the timers created and fired, so a test knows when an endpoint is waiting again.
/// </summary>
/// <remarks>
/// An endpoint arms one timer each time round its loop, just before it waits. After waking it (a timer fired, a datagram sent
/// to it), a test that waits for the next timer to be created knows the endpoint has finished reacting, and can move the
/// clock on without racing it.
/// </remarks>
public sealed class ObservedTimeProvider(DateTimeOffset start) : FakeTimeProvider(start)
{
    private int _created;
    private int _fired;

    /// <summary>Timers created so far.</summary>
    public int TimersCreated => Volatile.Read(ref _created);

    /// <summary>Timer callbacks run so far.</summary>
    public int TimersFired => Volatile.Read(ref _fired);

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        Interlocked.Increment(ref _created);
        return base.CreateTimer(s =>
        {
            Interlocked.Increment(ref _fired);
            callback(s);
        }, state, dueTime, period);
    }
}
