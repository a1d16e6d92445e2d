using System.Runtime.CompilerServices;
using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Os;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Scenarios.Format;
using FlexFabricSim.Tui.BootConsole;

namespace FlexFabricSim.Scenarios.Lessons;

/// <summary>
/// The boot console of a training session: the menus' engine-driven console (<see cref="EngineBootConsole"/>) in the
/// lesson's lab with the lesson's OS, followed by what the trainee can do next. The last boot is kept for scoring.
/// </summary>
/// <param name="lesson">The lesson whose lab and OS the boot uses.</param>
/// <param name="time">The session's clock, which paces the replay.</param>
public sealed class LessonBootConsole(ScenarioFile lesson, TimeProvider time) : IBootConsole
{
    private readonly EngineBootConsole _engine = new(
        (lesson ?? throw new ArgumentNullException(nameof(lesson))).Lab,
        time,
        new EngineBootConsoleOptions { At = lesson.Adapter.At, Os = lesson.Os?.Profile, OsInputs = lesson.Os?.Inputs ?? OsInputs.Prepared });

    /// <summary>The most recent completed boot and the NVRAM it booted with, or null when none has completed.</summary>
    public (AdapterConfiguration Configuration, BootResult Result)? LastBoot => _engine.LastBoot;

    /// <inheritdoc />
    public async IAsyncEnumerable<BootConsoleLine> RunAsync(
        AdapterConfiguration configuration, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var line in _engine.RunAsync(configuration, cancellationToken).ConfigureAwait(false))
        {
            yield return line;
        }
        yield return new BootConsoleLine("[FlexFabricSim] Press Ctrl-Q to leave and see your score, or Ctrl-R to restart and try again.",
            BootConsoleLineKind.SimulatorNote);
    }
}
