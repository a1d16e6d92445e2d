using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Tui.Navigation;
using FlexFabricSim.Tui.Screens;

namespace FlexFabricSim.Tui.Tests.Support;

/// <summary>Drives a <see cref="MenuNavigator"/> directly, without a screen: the utility's logic on its own.</summary>
internal sealed class NavigatorDriver
{
    public NavigatorDriver(AdapterConfiguration config, ScreenKind start = ScreenKind.MbaMenu, IConfigurationStore? store = null)
    {
        Store = store ?? new MemoryConfigurationStore();
        Navigator = new MenuNavigator(new EditSession(config, Store), new ScreenRef(start, Adapters.Port0));
    }

    public IConfigurationStore Store { get; }

    public MenuNavigator Navigator { get; }

    public AdapterConfiguration Working => Navigator.Working;

    public string Value(string key) => Working.Get(Adapters.Port0, key);

    public NavigatorDriver Press(params CardKey[] keys)
    {
        foreach (var key in keys)
        {
            Navigator.Handle(CardInput.Of(key));
        }
        return this;
    }

    public NavigatorDriver Type(string text)
    {
        foreach (var c in text)
        {
            Navigator.Handle(CardInput.Char(c));
        }
        return this;
    }

    /// <summary>Moves the selection to the row showing <paramref name="key"/> (or the entry labelled so).</summary>
    public NavigatorDriver Select(string keyOrLabel)
    {
        var rows = Navigator.Current.Rows;
        var index = rows.ToList().FindIndex(r =>
            r is ScreenRow.Field f && f.Definition.Key == keyOrLabel || r is ScreenRow.Entry e && e.Label == keyOrLabel);
        if (index < 0)
        {
            throw new InvalidOperationException($"'{keyOrLabel}' is not on {Navigator.Current.Title}.");
        }
        Press(CardKey.Home);
        while (Navigator.Selected != index)
        {
            Press(CardKey.Down);
        }
        return this;
    }
}
