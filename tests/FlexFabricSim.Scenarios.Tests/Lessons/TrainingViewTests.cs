using FlexFabricSim.Scenarios.Format;
using FlexFabricSim.Scenarios.Lessons;
using FlexFabricSim.Scenarios.Loading;
using FlexFabricSim.Scenarios.Tests.Support;
using FlexFabricSim.Tui.BootConsole;
using FlexFabricSim.Tui.Headless;
using FlexFabricSim.Tui.Navigation;
using FlexFabricSim.Tui.Time;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Testing;

namespace FlexFabricSim.Scenarios.Tests.Lessons;

/// <summary>The training screen driven headless, as the menus' own tests are: the card works as in 'menu', with the objective.</summary>
public sealed class TrainingViewTests
{
    private static readonly ScenarioFile Lesson =
        ScenarioLoader.Load(ScenarioFiles.PathOf(Path.Combine("lessons", "01-boot-protocol-iscsi.yaml")));

    [Fact]
    public void TheObjectiveShowsBelowTheCardWhenTheTerminalHasTheRows()
    {
        using var screen = new TrainingScreen(80, 31);
        screen.Type("ctrl+s,enter");

        Assert.Equal(TrainingView.Placement.Below, screen.View.ObjectivePlacement);
        var text = screen.Text;
        var lines = text.Split('\n');
        Assert.Contains("MBA Configuration Menu", lines[2]);
        Assert.Contains("Lesson 1: set Boot Protocol to iSCSI (guide p.6)", lines[25]);
        Assert.StartsWith(" Objective: Power on, press Ctrl-S at the banner", lines[26]);
        Assert.Contains(lines[25..], l => l.Contains("Ctrl-Q ends the lesson"));
    }

    [Fact]
    public void TheObjectiveShowsBesideTheCardOnAWideTerminalAndNotAtAll80x25()
    {
        using (var wide = new TrainingScreen(80 + TrainingView.PaneColumns, 25))
        {
            wide.Type("ctrl+s,enter");
            Assert.Equal(TrainingView.Placement.Beside, wide.View.ObjectivePlacement);
            var text = wide.Text;
            var lines = text.Split('\n');
            Assert.Contains("MBA Configuration Menu", lines[2][..80]);
            Assert.Contains("Objective:", string.Join("\n", lines.Where(l => l.Length > 80).Select(l => l[80..])));
        }
        using var small = new TrainingScreen(80, 25);
        small.Type("ctrl+s,enter");
        Assert.Equal(TrainingView.Placement.Hidden, small.View.ObjectivePlacement);
        Assert.DoesNotContain("Objective:", small.Text);
    }

    [Fact]
    public void KeysReachTheCardAndItsSavesReachTheStore()
    {
        using var screen = new TrainingScreen(80, 31);
        screen.Type("ctrl+s,enter,down,right,f4");

        Assert.Equal("iscsi", screen.Store.Saved!.Get(Lesson.Adapter.At, "mba.boot-protocol"));
        Assert.Contains("iSCSI", screen.Text.Split('\n')[4]);
    }

    /// <summary>A TrainingView in a headless Terminal.Gui application on one virtual clock.</summary>
    private sealed class TrainingScreen : IDisposable
    {
        private readonly VirtualClock _clock = new();
        private readonly IApplication _app;
        private readonly CardSession _session;
        private readonly SessionToken? _token;

        public TrainingScreen(int width, int height)
        {
            Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
            _session = new CardSession(new CardSessionOptions(Lesson.Adapter.Configuration, Store, _clock, new LessonBootConsole(Lesson, _clock)));
            _app = Application.Create(new TerminalGuiClock(_clock));
            _app.Init(DriverRegistry.Names.ANSI);
            _app.Driver!.SetScreenSize(width, height);
            View = new TrainingView(_session, Lesson);
            _token = _app.Begin(View);
        }

        public MemoryConfigurationStore Store { get; } = new();

        public TrainingView View { get; }

        public string Text
        {
            get
            {
                _app.LayoutAndDraw(forceRedraw: true);
                return ScreenCapture.From(_app.Driver!).Text;
            }
        }

        public void Type(string keys)
        {
            while (_session.Phase == PreBootPhase.PowerOn)
            {
                _clock.Advance(HeadlessSession.TickInterval);
                View.Tick();
            }
            foreach (var step in KeyScript.Parse(keys).Steps.Cast<KeyPress>())
            {
                _app.InjectKey(step.ToKey());
            }
            View.Tick();
        }

        public void Dispose()
        {
            if (_token is not null)
            {
                _app.End(_token);
            }
            _app.Dispose();
            _session.Dispose();
        }
    }
}
