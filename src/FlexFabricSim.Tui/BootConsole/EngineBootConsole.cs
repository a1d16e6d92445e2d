using System.Runtime.CompilerServices;
using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Lab;
using FlexFabricSim.Boot.Os;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rom;

namespace FlexFabricSim.Tui.BootConsole;

/// <summary>
/// The boot console driven by the boot engine: when nobody presses the setup key, the saved NVRAM boots in a lab (on the
/// engine's virtual clock) and the console replays what the option ROM printed, paced on the session's clock.
/// </summary>
/// <remarks>
/// Pauses between lines are cut to <see cref="EngineBootConsoleOptions.MaxPause"/> so a 255 s Link Up Delay does not keep
/// a class waiting; the screens have already shown the banner, so the engine's banner lines are not repeated.
/// </remarks>
public sealed class EngineBootConsole : IBootConsole
{
    private readonly LabDefinition _lab;
    private readonly TimeProvider _time;
    private readonly EngineBootConsoleOptions _options;
    private readonly object _gate = new();
    private (AdapterConfiguration Configuration, BootResult Result)? _last;

    /// <summary>A console booting in <paramref name="lab"/>, paced on <paramref name="time"/>.</summary>
    public EngineBootConsole(LabDefinition lab, TimeProvider time, EngineBootConsoleOptions? options = null)
    {
        _lab = lab ?? throw new ArgumentNullException(nameof(lab));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _options = options ?? new EngineBootConsoleOptions();
        if (_options.Os is { } os && OsProfiles.Find(os) is null)
        {
            throw new ArgumentException($"unknown OS '{os}'; valid: {string.Join(", ", OsProfiles.All.Select(p => p.Key))}", nameof(options));
        }
    }

    /// <summary>The most recent boot that ran to its end and the NVRAM it booted with, or null.</summary>
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
        var at = _options.At is { } chosen && configuration.IsAddressable(chosen) ? chosen : BootingFunction(configuration);
        var request = new BootRequest { Configuration = configuration, At = at, Lab = _lab, Os = _options.Os, OsInputs = _options.OsInputs };
        // The whole boot is computed before the first line, on the caller's thread: it runs on the engine's own virtual clock
        // in milliseconds, and the session's clock must not move on meanwhile, or a headless replay would depend on how
        // fast the machine is. (The engine runs its lab on a thread of its own, so blocking here cannot deadlock.)
        var result = BootEngine.RunAsync(request, cancellationToken).GetAwaiter().GetResult();
        lock (_gate)
        {
            _last = (configuration, result);
        }

        var banner = OptionRomBanner.Lines(configuration.OptionRom, configuration.GetMba(at));
        var lines = result.Console.SkipWhile((line, i) => i < banner.Count && line.Text == banner[i]).ToList();
        var previous = lines.Count > 0 ? lines[0].At : TimeSpan.Zero;
        foreach (var line in lines)
        {
            var pause = line.At - previous;
            previous = line.At;
            if (pause > TimeSpan.Zero)
            {
                await Task.Delay(pause < _options.MaxPause ? pause : _options.MaxPause, _time, cancellationToken).ConfigureAwait(false);
            }
            var isFailure = result.Outcome == BootOutcome.Failed && ReferenceEquals(line, lines[^1]);
            yield return new BootConsoleLine(line.Text, isFailure ? BootConsoleLineKind.Error : BootConsoleLineKind.Normal);
        }
        yield return new BootConsoleLine($"[FlexFabricSim] In lab {_lab.Name}: {result.Describe()}", BootConsoleLineKind.SimulatorNote);
    }

    /// <summary>The function the BIOS boots from: the first with its Option ROM on and Boot Protocol iSCSI, else port 0.</summary>
    public static NvramAddress BootingFunction(AdapterConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var at in configuration.Addresses)
        {
            var mba = configuration.GetMba(at);
            if (mba.OptionRomEnabled && mba.BootProtocol == BootProtocol.Iscsi)
            {
                return at;
            }
        }
        return configuration.Addresses.First();
    }
}

/// <summary>Which port the menus' boot uses, the OS on the target, and how the replay is paced.</summary>
public sealed record EngineBootConsoleOptions
{
    /// <summary>The function to boot; null picks the first with Option ROM on and Boot Protocol iSCSI.</summary>
    public NvramAddress? At { get; init; }

    /// <summary>The OS profile on the target (<see cref="OsProfiles"/>); null ends at the ROM's hand-off.</summary>
    public string? Os { get; init; }

    /// <summary>The OS's state.</summary>
    public OsInputs OsInputs { get; init; } = OsInputs.Prepared;

    /// <summary>The longest pause between two replayed lines.</summary>
    public TimeSpan MaxPause { get; init; } = TimeSpan.FromSeconds(1);
}
