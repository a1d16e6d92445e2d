using FlexFabricSim.Boot.Console;
using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Events;

namespace FlexFabricSim.Cli.Commands;

/// <summary>The <c>--realtime</c> view: console lines as the ROM prints them, countdowns rewritten in place on stderr.</summary>
internal sealed class LiveConsole(TextWriter output, TextWriter error) : IBootObserver
{
    private readonly object _gate = new();
    private bool _countdownShown;

    /// <inheritdoc />
    public void OnConsoleLine(ConsoleLine line)
    {
        lock (_gate)
        {
            ClearCountdown();
            output.WriteLine(line.Text);
            output.Flush();
        }
    }

    /// <inheritdoc />
    public void OnEvent(BootEvent bootEvent)
    {
    }

    /// <inheritdoc />
    public void OnCountdown(string what, TimeSpan left)
    {
        lock (_gate)
        {
            // Progress, not data: it goes to stderr and is overwritten in place.
            error.Write($"\r{what}: {Math.Ceiling(left.TotalSeconds),3:0} s ");
            error.Flush();
            _countdownShown = true;
        }
    }

    /// <summary>Ends the countdown line, if one is showing.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            ClearCountdown();
        }
    }

    private void ClearCountdown()
    {
        if (_countdownShown)
        {
            error.WriteLine();
            _countdownShown = false;
        }
    }
}
