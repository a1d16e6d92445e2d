using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Tui.BootConsole;
using FlexFabricSim.Tui.Navigation;
using FlexFabricSim.Tui.Time;
using FlexFabricSim.Tui.Views;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;

namespace FlexFabricSim.Tui.Interactive;

/// <summary>Runs the simulator in the user's terminal, in real time, until Ctrl-Q.</summary>
public static class MenuApplication
{
    /// <summary>How often the screen follows the clock (power-on lines, banner timeout, boot lines).</summary>
    public static readonly TimeSpan TickInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Whether this process has a terminal to run in (standard input and output not redirected).</summary>
    public static bool HasTerminal => !Console.IsInputRedirected && !Console.IsOutputRedirected;

    /// <summary>Powers a simulated server with <paramref name="configuration"/> on in the terminal; returns when the user quits.</summary>
    /// <param name="configuration">The card's NVRAM at power-on.</param>
    /// <param name="store">Where the utility's saves go.</param>
    /// <param name="port">Open this port's MBA menu directly, or null for the device list.</param>
    /// <param name="bootConsole">Builds the boot console on the real clock; <see cref="NvramBootConsole"/> when null.</param>
    public static void Run(
        AdapterConfiguration configuration,
        IConfigurationStore store,
        int? port = null,
        Func<TimeProvider, IBootConsole>? bootConsole = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(store);
        var time = TimeProvider.System;
        using var session = new CardSession(
            new CardSessionOptions(configuration, store, time, bootConsole?.Invoke(time) ?? new NvramBootConsole(time)) { Port = port });
        using var app = Application.Create(new TerminalGuiClock(time));
        app.Init(DriverRegistry.Names.ANSI);
        using var view = new CardView(session);
        view.Quit += (_, _) => app.RequestStop(view);
        app.AddTimeout(TickInterval, () =>
        {
            view.Tick();
            return !session.HasQuit;
        });
        app.Run(view);
    }
}
