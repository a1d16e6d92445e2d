using FlexFabricSim.Tui.Time;

namespace FlexFabricSim.Tui.Tests.Time;

public class TerminalGuiClockTests
{
    [Fact]
    public void Terminal_gui_reads_the_simulator_clock()
    {
        var clock = new VirtualClock();
        var adapter = new TerminalGuiClock(clock);
        var before = adapter.Now;

        clock.Advance(TimeSpan.FromSeconds(7));

        Assert.Equal(TimeSpan.FromSeconds(7), adapter.Now - before);
    }

    [Fact]
    public void Terminal_gui_timers_run_on_the_simulator_clock_between_start_and_stop()
    {
        var clock = new VirtualClock();
        var count = 0;
        var timer = new TerminalGuiClock(clock).CreateTimer(TimeSpan.FromMilliseconds(100), () => count++);

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, count);
        Assert.False(timer.IsRunning);

        timer.Start();
        clock.Advance(TimeSpan.FromMilliseconds(350));
        Assert.Equal(3, count);

        timer.Stop();
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(3, count);
    }

    [Fact]
    public void Terminal_gui_delays_complete_when_the_simulator_clock_passes_them()
    {
        var clock = new VirtualClock();
        var delay = new TerminalGuiClock(clock).Delay(TimeSpan.FromSeconds(2));

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(delay.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(delay.IsCompletedSuccessfully);
    }
}
