using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Tui.Screens;

namespace FlexFabricSim.Tui.Navigation;

/// <summary>
/// The configuration utility as data: a stack of open screens with their selections, the field being typed into, the
/// message box on top, and the <see cref="EditSession"/> every change goes through. ESC pops; the views only draw this.
/// </summary>
public sealed partial class MenuNavigator
{
    private readonly List<Frame> _stack = [];
    private AdapterConfiguration? _iscsiEntry;

    /// <summary>Opens the utility on <paramref name="start"/> (the device list, or a port's MBA menu).</summary>
    public MenuNavigator(EditSession session, ScreenRef start)
    {
        Session = session ?? throw new ArgumentNullException(nameof(session));
        Push(start);
    }

    /// <summary>The working and saved configurations.</summary>
    public EditSession Session { get; }

    /// <summary>The configuration as it is being edited.</summary>
    public AdapterConfiguration Working => Session.Working;

    /// <summary>The screen on top, rebuilt from the working configuration (so mode switches show at once).</summary>
    public ScreenDefinition Current => CardScreens.Build(Top.Ref, Working);

    /// <summary>How many screens are open.</summary>
    public int Depth => _stack.Count;

    /// <summary>The selected row of the current screen.</summary>
    public int Selected => Top.Selected;

    /// <summary>The first row shown when the screen has more rows than fit.</summary>
    public int ScrollTop => Top.ScrollTop;

    /// <summary>How many rows the view can show; set by the view so paging and scrolling match what is on screen.</summary>
    public int PageSize
    {
        get => _pageSize;
        set
        {
            _pageSize = Math.Max(1, value);
            KeepSelectionVisible();
        }
    }

    private int _pageSize = 16;

    /// <summary>The value being typed, or null.</summary>
    public FieldEditor? Editor { get; private set; }

    /// <summary>The message box on top, or null.</summary>
    public CardDialog? Dialog { get; private set; }

    /// <summary>A one-line remark under the form (a save, a hint), cleared by the next key.</summary>
    public string? Status { get; private set; }

    /// <summary>Whether the user has left the utility (the card then goes on booting).</summary>
    public bool HasExited { get; private set; }

    /// <summary>The screens from bottom to top (for breadcrumbs and tests).</summary>
    public IReadOnlyList<ScreenRef> Path => [.. _stack.Select(f => f.Ref)];

    /// <summary>The left part of the title bar: the adapter.</summary>
    public string TitleLeft => Working.ModelInfo.DisplayName;

    /// <summary>The right part of the title bar: the MAC the screen is about (the iSCSI MAC inside the iSCSI menus).</summary>
    public string TitleRight
    {
        get
        {
            var screen = Top.Ref;
            return screen.Kind switch
            {
                ScreenKind.DeviceList => $"MBA v{Working.OptionRom.MbaVersion}",
                ScreenKind.IscsiMain or ScreenKind.General or ScreenKind.Initiator or ScreenKind.Target1 or ScreenKind.Target2
                    or ScreenKind.Secondary => $"iSCSI MAC {Working.IscsiMac(screen.At)}",
                _ => $"MAC {Working.EthernetMac(screen.At)}",
            };
        }
    }

    /// <summary>Where the user is: the port (and function) and the screens opened to reach the current one.</summary>
    public string Location
    {
        get
        {
            var path = _stack.Where(f => f.Ref.Kind != ScreenKind.DeviceList).ToList();
            if (path.Count == 0)
            {
                return "Select the device to configure";
            }
            var at = path[0].Ref.At;
            var where = Working.IsMultiFunction ? $"Port {at.Port} Function {at.Function}" : $"Port {at.Port}";
            var titles = path.Take(path.Count - 1).Select(f => CardScreens.Build(f.Ref, Working).Title);
            return string.Join(" › ", titles.Prepend(where));
        }
    }

    /// <summary>The key-help line for what the user is doing now.</summary>
    public string KeyHelpLine => Editor is not null ? KeyHelp.Typing : Current.KeyHelp;

    /// <summary>The current screen's rows as the form view draws them.</summary>
    public IReadOnlyList<RowPresentation> PresentRows() => RowPresenter.Present(Current, Working);

    /// <summary>The help line for the selected row.</summary>
    public string SelectedHelp
    {
        get
        {
            var rows = PresentRows();
            return Selected >= 0 && Selected < rows.Count ? rows[Selected].Help : "";
        }
    }

    private Frame Top => _stack[^1];

    private void Push(ScreenRef screen)
    {
        var frame = new Frame(screen);
        _stack.Add(frame);
        frame.Selected = Math.Max(0, CardScreens.Build(screen, Working).FirstSelectable);
        KeepSelectionVisible();
    }

    /// <summary>Closes the top screen; closing the last one leaves the utility.</summary>
    private void Pop()
    {
        if (_stack.Count == 1)
        {
            HasExited = true;
            return;
        }
        _stack.RemoveAt(_stack.Count - 1);
        ClampSelection();
    }

    /// <summary>After a change, keeps every open screen valid: functions that no longer exist fall back to function 0.</summary>
    private void Revalidate()
    {
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            var frame = _stack[i];
            if (frame.Ref.Kind == ScreenKind.Function && !Working.IsMultiFunction && i > 0)
            {
                _stack.RemoveAt(i);
                continue;
            }
            if (!Working.IsAddressable(frame.Ref.At))
            {
                frame.Ref = frame.Ref with { At = frame.Ref.At with { Function = 0 } };
            }
        }
        ClampSelection();
    }

    private void ClampSelection()
    {
        var screen = Current;
        if (Top.Selected >= screen.Rows.Count || Top.Selected < 0 || !screen.Rows[Top.Selected].IsSelectable)
        {
            var below = screen.IndexOfSelectable(Math.Min(Math.Max(Top.Selected, 0), screen.Rows.Count - 1), -1);
            Top.Selected = below >= 0 ? below : Math.Max(0, screen.FirstSelectable);
        }
        KeepSelectionVisible();
    }

    private void KeepSelectionVisible()
    {
        if (_stack.Count == 0)
        {
            return;
        }
        var frame = Top;
        var rowCount = CardScreens.Build(frame.Ref, Working).Rows.Count;
        if (frame.Selected < frame.ScrollTop)
        {
            frame.ScrollTop = frame.Selected;
        }
        else if (frame.Selected >= frame.ScrollTop + _pageSize)
        {
            frame.ScrollTop = frame.Selected - _pageSize + 1;
        }
        frame.ScrollTop = Math.Clamp(frame.ScrollTop, 0, Math.Max(0, rowCount - _pageSize));
    }

    /// <summary>One open screen and where the user is on it.</summary>
    private sealed class Frame(ScreenRef screen)
    {
        public ScreenRef Ref { get; set; } = screen;

        public int Selected { get; set; }

        public int ScrollTop { get; set; }
    }
}
