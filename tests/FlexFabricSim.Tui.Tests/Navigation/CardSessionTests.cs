using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Tui.BootConsole;
using FlexFabricSim.Tui.Navigation;
using FlexFabricSim.Tui.Screens;
using FlexFabricSim.Tui.Tests.Support;
using FlexFabricSim.Tui.Time;

namespace FlexFabricSim.Tui.Tests.Navigation;

public class CardSessionTests
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    private sealed class Run : IDisposable
    {
        public Run(AdapterConfiguration config, int? port = null)
        {
            Session = new CardSession(new CardSessionOptions(config, Store, Clock, new NvramBootConsole(Clock)) { Port = port });
        }

        public VirtualClock Clock { get; } = new();

        public MemoryConfigurationStore Store { get; } = new();

        public CardSession Session { get; }

        public Run Wait(TimeSpan duration)
        {
            for (var t = TimeSpan.Zero; t < duration; t += Step)
            {
                Clock.Advance(Step);
                Session.Tick();
            }
            return this;
        }

        public Run Press(CardKey key)
        {
            Session.Handle(CardInput.Of(key));
            Session.Tick();
            return this;
        }

        public string Screen => string.Join('\n', Session.ConsoleLines.Select(l => l.Text));

        public void Dispose() => Session.Dispose();
    }

    [Fact]
    public void Power_on_lines_appear_one_by_one_then_the_banner_offers_the_setup_key()
    {
        using var run = new Run(Adapters.Default);
        Assert.Equal(PreBootPhase.PowerOn, run.Session.Phase);
        Assert.Single(run.Session.ConsoleLines);

        run.Wait(PowerOnDefinition.Duration(Adapters.Default));

        Assert.Equal(PreBootPhase.Banner, run.Session.Phase);
        Assert.Contains("HP Ethernet Boot Agent v7.8.21", run.Screen, StringComparison.Ordinal);
        Assert.Contains("Press Ctrl-S to Enter Configuration Menu ...", run.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void The_setup_key_opens_the_device_list_or_the_chosen_port()
    {
        using var list = new Run(Adapters.Default).Wait(TimeSpan.FromSeconds(3)).Press(CardKey.CtrlS);
        using var port = new Run(Adapters.Default, port: 1).Wait(TimeSpan.FromSeconds(3)).Press(CardKey.CtrlS);

        Assert.Equal(ScreenKind.DeviceList, list.Session.Utility!.Current.Ref.Kind);
        Assert.Equal(new ScreenRef(ScreenKind.MbaMenu, NvramAddress.OfPort(1)), port.Session.Utility!.Current.Ref);
    }

    [Fact]
    public void Keys_typed_during_power_on_wait_in_the_keyboard_buffer_for_the_banner()
    {
        using var run = new Run(Adapters.Default);
        run.Press(CardKey.CtrlS).Press(CardKey.Enter).Press(CardKey.Down);
        Assert.Equal(PreBootPhase.PowerOn, run.Session.Phase);
        Assert.Equal(3, run.Session.PendingKeys);

        run.Wait(PowerOnDefinition.Duration(Adapters.Default));

        Assert.Equal(PreBootPhase.Utility, run.Session.Phase);
        Assert.Equal(ScreenKind.MbaMenu, run.Session.Utility!.Current.Ref.Kind);
        Assert.Equal(1, run.Session.Utility.Selected);
        Assert.Equal(0, run.Session.PendingKeys);
    }

    [Fact]
    public void The_keyboard_buffer_holds_15_keys_and_drops_the_rest()
    {
        using var run = new Run(Adapters.Default);
        for (var i = 0; i < 20; i++)
        {
            run.Press(CardKey.Down);
        }

        Assert.Equal(CardSession.TypeAheadCapacity, run.Session.PendingKeys);
    }

    [Fact]
    public void With_ctrl_b_as_setup_key_ctrl_s_does_nothing()
    {
        using var run = new Run(Adapters.With((FieldKeys.Mba.SetupKeyStroke, "ctrl-b"))).Wait(TimeSpan.FromSeconds(3));
        Assert.Contains("Press Ctrl-B to Enter Configuration Menu", run.Screen, StringComparison.Ordinal);

        run.Press(CardKey.CtrlS);
        Assert.Equal(PreBootPhase.Banner, run.Session.Phase);

        run.Press(CardKey.CtrlB);
        Assert.Equal(PreBootPhase.Utility, run.Session.Phase);
    }

    [Fact]
    public void A_hidden_prompt_still_takes_the_setup_key()
    {
        using var run = new Run(Adapters.With((FieldKeys.Mba.HideSetupPrompt, "enabled"))).Wait(TimeSpan.FromSeconds(3));

        Assert.DoesNotContain("Configuration Menu", run.Screen, StringComparison.Ordinal);
        run.Press(CardKey.CtrlS);
        Assert.Equal(PreBootPhase.Utility, run.Session.Phase);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(14)]
    public void The_banner_waits_banner_message_timeout_seconds_then_boots(int seconds)
    {
        var timeout = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var config = Adapters.With((FieldKeys.Mba.BannerMessageTimeout, timeout));
        using var run = new Run(config).Wait(PowerOnDefinition.Duration(config) + Step);

        run.Wait(TimeSpan.FromSeconds(seconds) - Step - Step);
        Assert.Equal(seconds == 0 ? PreBootPhase.Boot : PreBootPhase.Banner, run.Session.Phase);

        run.Wait(Step + Step);
        Assert.Equal(PreBootPhase.Boot, run.Session.Phase);
        run.Press(CardKey.CtrlS);
        Assert.Equal(PreBootPhase.Boot, run.Session.Phase);
    }

    [Fact]
    public void Without_any_option_rom_enabled_there_is_no_banner_and_the_boot_says_why()
    {
        var config = Adapters.Default.WithChanges(NvramAddress.OfPort(0), (FieldKeys.Mba.OptionRom, "disabled"))
            .WithChanges(NvramAddress.OfPort(1), (FieldKeys.Mba.OptionRom, "disabled"));
        using var run = new Run(config).Wait(TimeSpan.FromSeconds(10));

        Assert.Null(run.Session.Banner);
        Assert.True(run.Session.BootFinished);
        Assert.DoesNotContain("Boot Agent", run.Screen, StringComparison.Ordinal);
        Assert.Contains("Port 0: Option ROM disabled", run.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaving_the_utility_boots_with_what_was_saved()
    {
        using var run = new Run(Adapters.Default).Wait(TimeSpan.FromSeconds(3)).Press(CardKey.CtrlS).Press(CardKey.Enter);
        run.Press(CardKey.Down).Press(CardKey.Right).Press(CardKey.F4).Press(CardKey.Escape).Press(CardKey.Escape);

        Assert.Equal(PreBootPhase.Boot, run.Session.Phase);
        Assert.Equal("iscsi", run.Session.Saved.Get(NvramAddress.OfPort(0), FieldKeys.Mba.BootProtocol));
        run.Wait(TimeSpan.FromSeconds(2));
        Assert.Contains("Port 0: iSCSI Boot v7.8.3", run.Screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Power_cycling_starts_over_with_the_saved_configuration_and_drops_unsaved_changes()
    {
        using var run = new Run(Adapters.Default).Wait(TimeSpan.FromSeconds(3)).Press(CardKey.CtrlS).Press(CardKey.Enter);
        run.Press(CardKey.Down).Press(CardKey.Right);

        run.Press(CardKey.PowerCycle);

        Assert.Equal(PreBootPhase.PowerOn, run.Session.Phase);
        Assert.Null(run.Session.Utility);
        Assert.Equal("pxe", run.Session.Saved.Get(NvramAddress.OfPort(0), FieldKeys.Mba.BootProtocol));
    }

    [Fact]
    public void Quit_ends_the_session_from_any_phase()
    {
        using var run = new Run(Adapters.Default).Press(CardKey.Quit);

        Assert.True(run.Session.HasQuit);
    }

    [Fact]
    public void A_failing_boot_engine_is_shown_as_a_simulator_note_not_a_crash()
    {
        var clock = new VirtualClock();
        using var session = new CardSession(new CardSessionOptions(
            Adapters.With((FieldKeys.Mba.BannerMessageTimeout, "0")), new MemoryConfigurationStore(), clock, new FailingConsole()));
        for (var i = 0; i < 40; i++)
        {
            clock.Advance(Step);
            session.Tick();
        }

        Assert.True(session.BootFinished);
        Assert.Contains(session.ConsoleLines,
            l => l.Kind == BootConsoleLineKind.SimulatorNote && l.Text.Contains("boot engine failed", StringComparison.Ordinal));
    }

    private sealed class FailingConsole : IBootConsole
    {
        public async IAsyncEnumerable<BootConsoleLine> RunAsync(AdapterConfiguration configuration,
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            yield return new BootConsoleLine("starting");
            await Task.CompletedTask.ConfigureAwait(false);
            throw new InvalidOperationException("the engine broke");
        }
    }
}
