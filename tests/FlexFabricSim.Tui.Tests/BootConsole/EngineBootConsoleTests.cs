using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Lab;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Tui.BootConsole;
using FlexFabricSim.Tui.Tests.Support;
using FlexFabricSim.Tui.Time;

namespace FlexFabricSim.Tui.Tests.BootConsole;

public class EngineBootConsoleTests
{
    private static readonly AdapterConfiguration StaticToClassroomTarget = Adapters.With(
        (FieldKeys.Mba.BootProtocol, "iscsi"), (FieldKeys.General.TcpIpViaDhcp, "disabled"), (FieldKeys.General.IscsiViaDhcp, "disabled"),
        (FieldKeys.Initiator.IpAddress, "192.0.2.100"), (FieldKeys.Initiator.SubnetMask, "255.255.255.0"),
        (FieldKeys.Target1.Connect, "enabled"), (FieldKeys.Target1.IpAddress, "192.0.2.10"),
        (FieldKeys.Target1.IscsiName, "iqn.2026-11.lab.target:disk1"));

    private static async Task<(List<BootConsoleLine> Lines, EngineBootConsole Console)> Boot(
        AdapterConfiguration config, EngineBootConsoleOptions? options = null, LabDefinition? lab = null)
    {
        var clock = new VirtualClock();
        var console = new EngineBootConsole(lab ?? ClassroomLab.Definition, clock, options);
        var lines = new List<BootConsoleLine>();
        var run = Task.Run(async () =>
        {
            await foreach (var line in console.RunAsync(config, CancellationToken.None))
            {
                lines.Add(line);
            }
        });
        // The replay paces itself on the session's clock: move it on until the whole boot has been told.
        for (var i = 0; i < 10_000 && !run.IsCompleted; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(100));
            await Task.Delay(1);
        }
        await run;
        return (lines, console);
    }

    [Fact]
    public async Task A_static_setup_per_the_guide_logs_in_to_the_classroom_target_and_hands_off()
    {
        var (lines, console) = await Boot(StaticToClassroomTarget);

        Assert.Contains(lines, l => l.Text == "Login successful");
        Assert.Equal(BootOutcome.HandedOff, console.LastBoot!.Value.Result.Outcome);
        Assert.Equal(BootConsoleLineKind.SimulatorNote, lines[^1].Kind);
        Assert.Contains("In lab classroom: ", lines[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_banner_the_screens_already_showed_is_not_repeated()
    {
        var (lines, _) = await Boot(StaticToClassroomTarget);

        Assert.DoesNotContain(lines, l => l.Text.StartsWith("HP Ethernet Boot Agent", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Text.StartsWith("Press Ctrl-S", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_an_os_profile_the_boot_goes_on_to_the_os_and_t10_stops_windows_at_lun_255()
    {
        var lun255 = Adapters.WithChanges(StaticToClassroomTarget, Adapters.Port0, (FieldKeys.Target1.BootLun, "255"));

        var lab = LabFileReader.Parse("""
            name: lun-255
            targets:
              - name: iqn.2026-11.lab.target:disk1
                address: 192.0.2.10
                luns: [{ lun: 255, size: 64MiB, content: mbr }]
            """);

        var (_, console) = await Boot(lun255, new EngineBootConsoleOptions { Os = "windows-2012" }, lab);

        Assert.Equal(BootOutcome.Failed, console.LastBoot!.Value.Result.Outcome);
        Assert.Contains("T10", console.LastBoot.Value.Result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pxe_ends_with_the_failure_marked_as_an_error_and_the_reason()
    {
        var (lines, console) = await Boot(Adapters.Default);

        Assert.Equal(BootOutcome.Failed, console.LastBoot!.Value.Result.Outcome);
        Assert.Equal(BootConsoleLineKind.Error, lines[^2].Kind);
        Assert.Contains("ffs-101", lines[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_os_is_refused_with_the_valid_names()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            new EngineBootConsole(ClassroomLab.Definition, new VirtualClock(), new EngineBootConsoleOptions { Os = "dos-6.22" }));

        Assert.Contains("windows-2012", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_booting_function_is_the_first_set_to_iscsi()
    {
        var port1 = Adapters.WithChanges(Adapters.Default, new NvramAddress(1, 0), (FieldKeys.Mba.BootProtocol, "iscsi"));

        Assert.Equal(new NvramAddress(1, 0), EngineBootConsole.BootingFunction(port1));
        Assert.Equal(new NvramAddress(0, 0), EngineBootConsole.BootingFunction(Adapters.Default));
    }
}
