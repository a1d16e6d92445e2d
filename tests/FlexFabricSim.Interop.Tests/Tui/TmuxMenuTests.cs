namespace FlexFabricSim.Interop.Tests.Tui;

/// <summary>The built program in a real terminal (tmux 80x25): banner, Ctrl-S, MBA menu, iSCSI menu, ESC back, exit.</summary>
public sealed class TmuxMenuTests
{
    private static string Cli => Path.Combine(AppContext.BaseDirectory, "flexfabric.dll");

    [Fact]
    public void The_card_menus_work_in_a_real_terminal()
    {
        using var terminal = TmuxTerminal.Start($"dotnet '{Cli}' menu");

        var banner = terminal.WaitFor(30, "HP Ethernet Boot Agent v7.8.21", "Press Ctrl-S to Enter Configuration Menu ...");
        Assert.Contains("FlexFabricSim - simulated server power-on", banner, StringComparison.Ordinal);

        terminal.Send("C-s");
        var devices = terminal.WaitFor(10, "Device List", "Port 1");
        Assert.Contains("│► Port 0 ", devices, StringComparison.Ordinal);

        terminal.Send("Enter");
        var mba = terminal.WaitFor(10, "MBA Configuration Menu", "Boot Protocol", "PXE");
        Assert.Contains("F4 Save", mba, StringComparison.Ordinal);

        terminal.Send("Down", "Right");
        terminal.WaitFor(10, "► Boot Protocol                  iSCSI");
        terminal.Send("End", "Up", "Enter");
        var iscsi = terminal.WaitFor(10, "iSCSI Boot Configuration", "Initiator Parameters", "Exit and Save Configuration");
        Assert.Contains("iSCSI MAC 00:17:A4:77:00:21", iscsi, StringComparison.Ordinal);

        terminal.Send("Escape");
        terminal.WaitFor(10, "MBA Configuration Menu", "► iSCSI Boot Configuration");

        terminal.Send("Escape");
        terminal.WaitFor(10, "Exit Configuration", "N = Exit without saving");
        terminal.Send("n");
        terminal.WaitFor(10, "Device List");
        terminal.Send("Escape");
        var boot = terminal.WaitFor(15, "Boot Protocol: PXE (iSCSI boot not selected)", "In lab classroom: Boot failed at stage Banner: ffs-101", "Boot finished");
        Assert.DoesNotContain("iSCSI Boot v", boot, StringComparison.Ordinal);

        terminal.Send("C-q");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (terminal.IsRunning && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            Thread.Sleep(100);
        }
        Assert.False(terminal.IsRunning, "Ctrl-Q should end the program.");
    }
}
