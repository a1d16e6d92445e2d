using FlexFabricSim.Scenarios.Format;
using FlexFabricSim.Tui.BootConsole;
using FlexFabricSim.Tui.Interactive;
using FlexFabricSim.Tui.Navigation;
using FlexFabricSim.Tui.Time;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;

namespace FlexFabricSim.Scenarios.Lessons;

/// <summary>Runs a lesson in the user's terminal, in real time: the card's screen with the objective, until Ctrl-Q.</summary>
public static class TrainingApplication
{
    /// <summary>Powers the lesson's adapter on in the terminal and returns when the trainee quits.</summary>
    /// <param name="lesson">The lesson: its adapter's NVRAM at power-on and its objective.</param>
    /// <param name="store">Where the menus' saves go.</param>
    /// <param name="bootConsole">The boot behind the console, built on the real clock.</param>
    public static void Run(ScenarioFile lesson, IConfigurationStore store, Func<TimeProvider, IBootConsole> bootConsole)
    {
        ArgumentNullException.ThrowIfNull(lesson);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(bootConsole);
        var time = TimeProvider.System;
        using var session = new CardSession(new CardSessionOptions(lesson.Adapter.Configuration, store, time, bootConsole(time)));
        using var app = Application.Create(new TerminalGuiClock(time));
        app.Init(DriverRegistry.Names.ANSI);
        using var view = new TrainingView(session, lesson);
        view.Quit += (_, _) => app.RequestStop(view);
        app.AddTimeout(MenuApplication.TickInterval, () =>
        {
            view.Tick();
            return !session.HasQuit;
        });
        app.Run(view);
    }
}
