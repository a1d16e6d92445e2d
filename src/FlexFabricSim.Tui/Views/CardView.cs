using FlexFabricSim.Tui.Navigation;
using FlexFabricSim.Tui.Theme;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace FlexFabricSim.Tui.Views;

/// <summary>
/// The whole simulated screen: shows the banner, the configuration utility (one <see cref="FormView"/> plus the
/// <see cref="CardMessageBox"/>) or the boot console, whichever the <see cref="CardSession"/> is in, and turns keys
/// into the card's inputs through commands and key bindings.
/// </summary>
public sealed partial class CardView : Runnable
{
    private readonly BannerView _banner = new();
    private readonly FormView _form = new();
    private readonly CardMessageBox _messageBox = new();
    private readonly BootConsoleView _bootConsole = new();
    private int _shownVersion = -1;

    /// <summary>Shows <paramref name="session"/>.</summary>
    public CardView(CardSession session)
    {
        Session = session ?? throw new ArgumentNullException(nameof(session));
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
        SetScheme(CcmSchemes.Console);
        _banner.Session = session;
        _bootConsole.Session = session;
        Add(_banner, _form, _bootConsole, _messageBox);
        BindKeys();
        Refresh();
    }

    /// <summary>The simulated server shown.</summary>
    public CardSession Session { get; }

    /// <summary>Raised when the user quits the simulator (Ctrl-Q).</summary>
    public event EventHandler? Quit;

    /// <summary>Lets time-driven changes show (power-on lines, banner timeout, boot lines); call it from the UI thread.</summary>
    public void Tick()
    {
        Session.Tick();
        Refresh();
    }

    /// <summary>Delivers one card input as if its key had been pressed.</summary>
    public void Press(CardInput input)
    {
        Session.Handle(input);
        Session.Tick();
        Refresh();
        if (Session.HasQuit)
        {
            Quit?.Invoke(this, EventArgs.Empty);
        }
    }

    /// <summary>Shows the view that fits the session's phase, redrawing only when the session changed.</summary>
    private void Refresh()
    {
        if (Session.Version == _shownVersion)
        {
            return;
        }
        _shownVersion = Session.Version;
        var phase = Session.Phase;
        Show(_banner, phase is PreBootPhase.PowerOn or PreBootPhase.Banner);
        Show(_bootConsole, phase == PreBootPhase.Boot);
        Show(_form, phase == PreBootPhase.Utility);
        _form.Navigator = Session.Utility;
        _form.SyncPageSize();
        var dialog = Session.Utility?.Dialog;
        if (!ReferenceEquals(dialog, _messageBox.Dialog))
        {
            // The box sizes itself to its message, so a new message means a new layout.
            _messageBox.Dialog = dialog;
            _messageBox.Visible = dialog is not null;
            _messageBox.SetNeedsLayout();
        }
        foreach (var view in SubViews.Where(v => v.Visible))
        {
            view.SetNeedsDraw();
        }
    }

    /// <summary>Shows or hides <paramref name="view"/>, touching it only on a change (visibility changes re-layout the screen).</summary>
    private static void Show(View view, bool visible)
    {
        if (view.Visible != visible)
        {
            view.Visible = visible;
        }
    }
}
