using FlexFabricSim.Tui.BootConsole;
using FlexFabricSim.Tui.Navigation;
using FlexFabricSim.Tui.Time;
using FlexFabricSim.Tui.Views;

namespace FlexFabricSim.Tui.Headless;

/// <summary>How a <see cref="HeadlessSession"/> runs: screen size, where saves go, and the boot behind the console.</summary>
public sealed record HeadlessOptions
{
    /// <summary>Screen width in cells (the card's text mode is 80).</summary>
    public int Width { get; init; } = FormLayout.MinWidth;

    /// <summary>Screen height in cells (the card's text mode is 25).</summary>
    public int Height { get; init; } = FormLayout.MinHeight;

    /// <summary>Where the utility's saves go; memory by default (a dry run).</summary>
    public IConfigurationStore? Store { get; init; }

    /// <summary>Builds the boot console on the session's virtual clock; <see cref="NvramBootConsole"/> by default.</summary>
    public Func<TimeProvider, IBootConsole>? BootConsole { get; init; }

    /// <summary>Open this port's MBA menu directly (<c>--port N</c>).</summary>
    public int? Port { get; init; }

    /// <summary>The virtual clock to use (so a caller can share it with other simulated parts); a new one by default.</summary>
    public VirtualClock? Clock { get; init; }
}
