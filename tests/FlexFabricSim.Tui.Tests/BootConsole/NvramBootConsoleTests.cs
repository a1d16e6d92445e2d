using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Tui.BootConsole;
using FlexFabricSim.Tui.Tests.Support;
using FlexFabricSim.Tui.Time;

namespace FlexFabricSim.Tui.Tests.BootConsole;

public class NvramBootConsoleTests
{
    private static List<BootConsoleLine> Describe(AdapterConfiguration config) =>
        [.. NvramBootConsole.Describe(config, Adapters.Port0)];

    [Fact]
    public void Pxe_is_named_and_said_to_be_not_simulated()
    {
        var lines = Describe(Adapters.Default);

        Assert.Equal("Port 0: PXE boot, MAC 00:17:A4:77:00:20", lines[0].Text);
        Assert.Equal(BootConsoleLineKind.SimulatorNote, lines[1].Kind);
    }

    [Fact]
    public void Boot_protocol_none_and_a_disabled_option_rom_boot_nothing()
    {
        var none = Describe(Adapters.With((FieldKeys.Mba.BootProtocol, "none")))[0];
        var disabled = Describe(Adapters.With((FieldKeys.Mba.OptionRom, "disabled")))[0];

        Assert.Contains("Boot Protocol is None", none.Text, StringComparison.Ordinal);
        Assert.Contains("Option ROM disabled", disabled.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Iscsi_without_the_firmware_says_it_is_not_programmed()
    {
        var config = Adapters.WithoutIscsiFirmware.WithChanges(Adapters.Port0, (FieldKeys.Mba.BootProtocol, "iscsi"));

        var line = Assert.Single(Describe(config));

        Assert.Equal(BootConsoleLineKind.Error, line.Kind);
        Assert.Equal("Port 0: iSCSI boot firmware not programmed", line.Text);
    }

    [Fact]
    public void Iscsi_shows_what_nvram_decides_and_stops_where_the_boot_engine_takes_over()
    {
        var config = Adapters.With(
            (FieldKeys.Mba.BootProtocol, "iscsi"), (FieldKeys.General.HbaBootMode, "enabled"),
            (FieldKeys.General.IscsiViaDhcp, "disabled"), (FieldKeys.Target1.Connect, "enabled"),
            (FieldKeys.Target1.IpAddress, "192.0.2.1"), (FieldKeys.Target1.BootLun, "3"));

        var text = string.Join('\n', Describe(config).Select(l => l.Text));

        Assert.Contains("offload (HBA) path, MAC 00:17:A4:77:00:21", text, StringComparison.Ordinal);
        Assert.Contains("iqn.1995-05.com.broadcom.00.17.a4.77.00.20.iscsiboot", text, StringComparison.Ordinal);
        Assert.Contains("from DHCP (IPv4)", text, StringComparison.Ordinal);
        Assert.Contains("1: 192.0.2.1:3260 LUN 3", text, StringComparison.Ordinal);
        Assert.Contains("not connected to this console yet", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ports_follow_each_other_on_the_virtual_clock_and_the_run_ends()
    {
        var clock = new VirtualClock();
        var lines = new List<BootConsoleLine>();
        var run = Task.Run(async () =>
        {
            await foreach (var line in new NvramBootConsole(clock).RunAsync(Adapters.Default, CancellationToken.None))
            {
                lines.Add(line);
            }
        });
        while (!run.IsCompleted)
        {
            clock.Advance(NvramBootConsole.PortInterval);
            await Task.Delay(1);
        }
        await run;

        Assert.Equal(2, lines.Count(l => l.Text.Contains("PXE boot, MAC", StringComparison.Ordinal)));
        Assert.Contains("console ends here", lines[^1].Text, StringComparison.Ordinal);
    }
}
