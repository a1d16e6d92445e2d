using TguiTime = Terminal.Gui.Time;

namespace FlexFabricSim.Tui.Time;

/// <summary>Lets Terminal.Gui read the simulator's <see cref="TimeProvider"/>, so one clock (real or virtual) drives both.</summary>
/// <remarks>
/// Terminal.Gui 2.x keeps its own <c>ITimeProvider</c> for timeouts, key-escape timing and input timestamps; wrapping
/// ours means a headless run advances a single <see cref="VirtualClock"/> and neither side drifts from the other.
/// </remarks>
public sealed class TerminalGuiClock(TimeProvider time) : TguiTime.ITimeProvider
{
    /// <summary>The clock this adapter reads.</summary>
    public TimeProvider Time { get; } = time ?? throw new ArgumentNullException(nameof(time));

    /// <inheritdoc />
    public DateTime Now => Time.GetUtcNow().UtcDateTime;

    /// <inheritdoc />
    public Task Delay(TimeSpan duration, CancellationToken cancellationToken = default) =>
        Task.Delay(duration, Time, cancellationToken);

    /// <inheritdoc />
    public TguiTime.ITimer CreateTimer(TimeSpan interval, Action callback) => new ClockTimer(Time, interval, callback);

    /// <summary>A Terminal.Gui timer (start/stop) over a <see cref="TimeProvider"/> timer.</summary>
    private sealed class ClockTimer(TimeProvider time, TimeSpan interval, Action callback) : TguiTime.ITimer
    {
        private ITimer? _timer;

        public bool IsRunning => _timer is not null;

        public void Start() => _timer ??= time.CreateTimer(_ => callback(), null, interval, interval);

        public void Stop()
        {
            _timer?.Dispose();
            _timer = null;
        }

        public void Dispose() => Stop();
    }
}
