using System.Runtime.CompilerServices;
using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Scenarios.Format;
using FlexFabricSim.Scenarios.Running;
using FlexFabricSim.Tui.BootConsole;

namespace FlexFabricSim.Scenarios.Lessons;

/// <summary>
/// The boot console of a training session: when the trainee leaves the menus (or lets the banner time out), the boot engine
/// boots the saved NVRAM in the lesson's lab with the lesson's OS, and the console replays what the option ROM printed.
/// The boot itself runs on a virtual clock; the replay is paced on the session's clock with each pause cut to at most
/// <see cref="MaxPause"/>, so a 255 s Link Up Delay does not keep a class waiting. The last boot is kept for scoring.
/// </summary>
/// <param name="lesson">The lesson whose lab and OS the boot uses.</param>
/// <param name="time">The session's clock, which paces the replay.</param>
public sealed class LessonBootConsole(ScenarioFile lesson, TimeProvider time) : IBootConsole
{
    /// <summary>The longest pause between two replayed lines.</summary>
    public static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(1);

    private readonly ScenarioFile _lesson = lesson ?? throw new ArgumentNullException(nameof(lesson));
    private readonly TimeProvider _time = time ?? throw new ArgumentNullException(nameof(time));
    private readonly object _gate = new();
    private (AdapterConfiguration Configuration, BootResult Result)? _last;

    /// <summary>The most recent completed boot and the NVRAM it booted with, or null when none has completed.</summary>
    public (AdapterConfiguration Configuration, BootResult Result)? LastBoot
    {
        get
        {
            lock (_gate)
            {
                return _last;
            }
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<BootConsoleLine> RunAsync(
        AdapterConfiguration configuration, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var request = ScenarioRunner.RequestFor(_lesson, configuration, _lesson.Os, null);
        var result = await BootEngine.RunAsync(request, cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            _last = (configuration, result);
        }
        var previous = TimeSpan.Zero;
        foreach (var line in result.Console)
        {
            var pause = line.At - previous;
            previous = line.At;
            if (pause > TimeSpan.Zero)
            {
                await Task.Delay(pause < MaxPause ? pause : MaxPause, _time, cancellationToken).ConfigureAwait(false);
            }
            yield return new BootConsoleLine(line.Text, result.Outcome == BootOutcome.Failed && line == result.Console[^1]
                ? BootConsoleLineKind.Error
                : BootConsoleLineKind.Normal);
        }
        yield return new BootConsoleLine($"[FlexFabricSim] {ExpectationEvaluator.DescribeOutcome(result)}. "
            + "Press Ctrl-Q to leave and see your score, or Ctrl-R to restart and try again.", BootConsoleLineKind.SimulatorNote);
    }
}
