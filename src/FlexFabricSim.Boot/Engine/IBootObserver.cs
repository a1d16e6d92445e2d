using FlexFabricSim.Boot.Console;
using FlexFabricSim.Boot.Events;

namespace FlexFabricSim.Boot.Engine;

/// <summary>Watches a boot as it runs (the <c>--realtime</c> console): lines, events and the ROM's countdowns.</summary>
public interface IBootObserver
{
    /// <summary>A console line was printed.</summary>
    void OnConsoleLine(ConsoleLine line);

    /// <summary>An event was logged.</summary>
    void OnEvent(BootEvent bootEvent);

    /// <summary>A countdown (setup prompt, Link Up Delay) has <paramref name="left"/> to go.</summary>
    void OnCountdown(string what, TimeSpan left);
}
