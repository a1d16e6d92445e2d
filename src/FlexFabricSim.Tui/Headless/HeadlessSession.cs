using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Tui.BootConsole;
using FlexFabricSim.Tui.Navigation;
using FlexFabricSim.Tui.Time;
using FlexFabricSim.Tui.Views;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace FlexFabricSim.Tui.Headless;

/// <summary>
/// The simulator without a terminal: a Terminal.Gui application (ANSI driver, fixed size) showing a <see cref="CardView"/>,
/// driven by injected keys and one <see cref="VirtualClock"/>. Used by <c>flexfabric menu --keys/--screen</c>, by the tests,
/// and by anything that replays exercises. Each session is its own application instance, so sessions run in parallel.
/// </summary>
public sealed class HeadlessSession : IDisposable
{
    /// <summary>Virtual time between two ticks of the screen while waiting (power-on lines, banner countdown, boot lines).</summary>
    public static readonly TimeSpan TickInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest a key waits for the card to start reading the keyboard (power-on).</summary>
    private static readonly TimeSpan MaxWaitForKeyboard = TimeSpan.FromMinutes(1);

    private readonly IApplication _app;
    private readonly SessionToken? _token;

    private HeadlessSession(AdapterConfiguration configuration, HeadlessOptions options)
    {
        Clock = options.Clock ?? new VirtualClock();
        Store = options.Store ?? new MemoryConfigurationStore();
        var bootConsole = options.BootConsole?.Invoke(Clock) ?? new NvramBootConsole(Clock);
        Session = new CardSession(new CardSessionOptions(configuration, Store, Clock, bootConsole) { Port = options.Port });

        // Terminal.Gui 2.5 would otherwise open the controlling terminal (raw mode, alternate screen) whenever one
        // exists, even with redirected output; this documented switch keeps a headless run off the user's terminal.
        // It is process-wide but only ever set to the same value, and interactive runs are separate processes.
        Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
        _app = Application.Create(new TerminalGuiClock(Clock));
        _app.Init(DriverRegistry.Names.ANSI);
        _app.Driver!.SetScreenSize(options.Width, options.Height);
        View = new CardView(Session);
        View.Quit += (_, _) => HasQuit = true;
        _token = _app.Begin(View);
        _app.LayoutAndDraw(forceRedraw: true);
    }

    /// <summary>Powers a simulated server with <paramref name="configuration"/> on, headless.</summary>
    public static HeadlessSession Start(AdapterConfiguration configuration, HeadlessOptions? options = null) =>
        new(configuration ?? throw new ArgumentNullException(nameof(configuration)), options ?? new HeadlessOptions());

    /// <summary>The one clock of the run (the simulator's and Terminal.Gui's).</summary>
    public VirtualClock Clock { get; }

    /// <summary>Where saves went.</summary>
    public IConfigurationStore Store { get; }

    /// <summary>The simulated server.</summary>
    public CardSession Session { get; }

    /// <summary>The screen.</summary>
    public CardView View { get; }

    /// <summary>Whether the user pressed Ctrl-Q; later keys are ignored.</summary>
    public bool HasQuit { get; private set; }

    /// <summary>Replays <paramref name="script"/> step by step.</summary>
    public void Run(KeyScript script)
    {
        ArgumentNullException.ThrowIfNull(script);
        foreach (var step in script.Steps)
        {
            switch (step)
            {
                case KeyPress press:
                    Press(press.ToKey());
                    break;
                case TypeText typed:
                    Type(typed.Text);
                    break;
                case Wait wait:
                    Wait(wait.Duration);
                    break;
            }
        }
    }

    /// <summary>Presses <paramref name="key"/> through Terminal.Gui's input injection, once the card reads the keyboard.</summary>
    public void Press(Key key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (HasQuit)
        {
            return;
        }
        // During power-on nothing reads the keyboard; a script's keys wait for the banner as a user's typed-ahead keys do,
        // without filling the BIOS buffer (which a long script would overflow).
        var waited = TimeSpan.Zero;
        while (Session.Phase == PreBootPhase.PowerOn && waited < MaxWaitForKeyboard)
        {
            Advance(TickInterval);
            waited += TickInterval;
        }
        _app.InjectKey(key);
        View.Tick();
    }

    /// <summary>Types <paramref name="text"/> one character at a time.</summary>
    public void Type(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            Press(new Key(c));
        }
    }

    /// <summary>Lets <paramref name="duration"/> of virtual time pass, ticking the screen as a real run would.</summary>
    public void Wait(TimeSpan duration)
    {
        var left = duration;
        while (left > TimeSpan.Zero)
        {
            var step = left < TickInterval ? left : TickInterval;
            Advance(step);
            left -= step;
        }
    }

    /// <summary>What the screen shows now (the screen is drawn on demand, as keys and waits only change the model).</summary>
    public ScreenCapture Capture()
    {
        View.Tick();
        _app.LayoutAndDraw(forceRedraw: true);
        return ScreenCapture.From(_app.Driver!);
    }

    /// <summary>The screen as text.</summary>
    public string ScreenText => Capture().Text;

    /// <summary>Ends the application and stops the boot.</summary>
    public void Dispose()
    {
        if (_token is not null)
        {
            _app.End(_token);
        }
        View.Dispose();
        _app.Dispose();
        Session.Dispose();
    }

    private void Advance(TimeSpan step)
    {
        Clock.Advance(step);
        View.Tick();
    }
}
