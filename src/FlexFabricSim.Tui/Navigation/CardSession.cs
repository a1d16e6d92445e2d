using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Tui.BootConsole;
using FlexFabricSim.Tui.Screens;

namespace FlexFabricSim.Tui.Navigation;

/// <summary>
/// The simulated server with the card, from power-on: power-on lines, the boot agent banner and its setup prompt, the
/// configuration utility, then the boot console (G p.6, p.18). Pure state driven by keys and by its <see cref="TimeProvider"/>:
/// the same session runs in a terminal and headless.
/// </summary>
public sealed partial class CardSession : IDisposable
{
    /// <summary>How many keys the BIOS keyboard buffer holds while nothing reads it (the PC BIOS buffer holds 15).</summary>
    public const int TypeAheadCapacity = 15;

    private readonly CardSessionOptions _options;
    private readonly Queue<CardInput> _typeAhead = new();
    private readonly List<BootConsoleLine> _bootLines = [];
    private AdapterConfiguration _saved;
    private long _phaseStarted;
    private int _powerOnShown;
    private BootRun? _boot;
    private bool _bootEndShown;

    /// <summary>Powers the simulated server on.</summary>
    public CardSession(CardSessionOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _saved = options.Configuration;
        PowerOn();
    }

    /// <summary>Where the server is now.</summary>
    public PreBootPhase Phase { get; private set; }

    /// <summary>The configuration utility while <see cref="Phase"/> is <see cref="PreBootPhase.Utility"/>, else null.</summary>
    public MenuNavigator? Utility { get; private set; }

    /// <summary>The configuration in NVRAM: what the card boots with.</summary>
    public AdapterConfiguration Saved => Utility?.Session.Saved ?? _saved;

    /// <summary>The banner of this power-on, or null when no Option ROM is enabled.</summary>
    public BannerPlan? Banner { get; private set; }

    /// <summary>Whether the user quit the simulator.</summary>
    public bool HasQuit { get; private set; }

    /// <summary>Whether the boot console has shown everything the boot printed.</summary>
    public bool BootFinished => Phase == PreBootPhase.Boot && _bootEndShown;

    /// <summary>Grows whenever something visible changes, so a view redraws only when needed.</summary>
    public int Version { get; private set; }

    /// <summary>Keys waiting in the keyboard buffer.</summary>
    public int PendingKeys => _typeAhead.Count;

    /// <summary>The simulator's clock.</summary>
    public TimeProvider Time => _options.Time;

    /// <summary>Moves the time-driven parts on (power-on lines, banner timeout, boot lines); true when something changed.</summary>
    public bool Tick()
    {
        var before = Version;
        var elapsed = Time.GetElapsedTime(_phaseStarted);
        switch (Phase)
        {
            case PreBootPhase.PowerOn when elapsed >= PowerOnDefinition.Duration(_saved):
                ShowBanner();
                break;
            case PreBootPhase.PowerOn:
                var shown = VisiblePowerOnLines(elapsed);
                if (shown != _powerOnShown)
                {
                    _powerOnShown = shown;
                    Version++;
                }
                break;
            case PreBootPhase.Banner when Banner is null || elapsed >= Banner.Timeout:
                StartBoot();
                break;
            case PreBootPhase.Boot when _boot is not null:
                if (_boot.Drain(_bootLines))
                {
                    Version++;
                }
                if (_boot.IsFinished && !_bootEndShown && !_boot.Drain(_bootLines))
                {
                    _bootEndShown = true;
                    _bootLines.Add(new BootConsoleLine(
                        "[FlexFabricSim] Boot finished. Ctrl-R restarts the simulated server; Ctrl-Q quits.",
                        BootConsoleLineKind.SimulatorNote));
                    Version++;
                }
                break;
        }
        return Version != before;
    }

    /// <summary>Takes one key press.</summary>
    public void Handle(CardInput input)
    {
        Version++;
        switch (input.Key)
        {
            case CardKey.Quit:
                HasQuit = true;
                StopBoot();
                return;
            case CardKey.PowerCycle:
                PowerOn();
                return;
        }

        switch (Phase)
        {
            case PreBootPhase.PowerOn:
                // Nothing reads the keyboard yet: the key waits in the BIOS buffer, which drops keys once full.
                if (_typeAhead.Count < TypeAheadCapacity)
                {
                    _typeAhead.Enqueue(input);
                }
                break;
            case PreBootPhase.Banner:
                ListenForSetupKey(input);
                break;
            case PreBootPhase.Utility:
                Utility!.Handle(input);
                if (Utility.HasExited)
                {
                    StartBoot();
                }
                break;
        }
    }

    /// <summary>Stops a running boot.</summary>
    public void Dispose() => StopBoot();

    private void PowerOn()
    {
        StopBoot();
        _saved = Saved;
        Utility = null;
        Banner = null;
        _typeAhead.Clear();
        _bootLines.Clear();
        _bootEndShown = false;
        _powerOnShown = 1;
        Phase = PreBootPhase.PowerOn;
        _phaseStarted = Time.GetTimestamp();
        Version++;
    }

    private int VisiblePowerOnLines(TimeSpan elapsed) =>
        (int)Math.Min(PowerOnDefinition.Lines(_saved).Count, 1 + (elapsed.Ticks / PowerOnDefinition.LineInterval.Ticks));

    private void ShowBanner()
    {
        Banner = BannerPlan.For(_saved);
        Phase = PreBootPhase.Banner;
        _phaseStarted = Time.GetTimestamp();
        Version++;
        // The boot agent now reads the keyboard: keys typed during power-on are read first.
        while (Phase == PreBootPhase.Banner && _typeAhead.TryDequeue(out var early))
        {
            ListenForSetupKey(early);
        }
        if (Phase == PreBootPhase.Utility)
        {
            while (_typeAhead.TryDequeue(out var next))
            {
                Utility!.Handle(next);
            }
        }
        _typeAhead.Clear();
    }

    private void ListenForSetupKey(CardInput input)
    {
        // Only the configured setup key opens the utility (with Ctrl-B set, Ctrl-S does nothing); other keys are ignored.
        if (Banner is { } banner && input.Key == banner.SetupKey && Time.GetElapsedTime(_phaseStarted) < banner.Timeout)
        {
            OpenUtility();
        }
    }

    private void OpenUtility()
    {
        var session = new EditSession(_saved, _options.Store);
        var start = _options.Port is { } port && port >= 0 && port < _saved.Ports.Count
            ? new ScreenRef(ScreenKind.MbaMenu, NvramAddress.OfPort(port))
            : _saved.Addresses.Count > 1
                ? new ScreenRef(ScreenKind.DeviceList, NvramAddress.OfPort(0))
                : new ScreenRef(ScreenKind.MbaMenu, _saved.Addresses[0]);
        Utility = new MenuNavigator(session, start);
        Phase = PreBootPhase.Utility;
        Version++;
    }

    private void StartBoot()
    {
        _saved = Saved;
        Utility = null;
        Phase = PreBootPhase.Boot;
        _phaseStarted = Time.GetTimestamp();
        _bootLines.Clear();
        _bootEndShown = false;
        StopBoot();
        _boot = new BootRun(_options.BootConsole, _saved);
        _boot.Drain(_bootLines);
        Version++;
    }

    private void StopBoot()
    {
        _boot?.Dispose();
        _boot = null;
    }
}
