using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Os;
using FlexFabricSim.Device.Nvram;
using Stateless;
using Stateless.Reflection;

namespace FlexFabricSim.Boot.Flow;

/// <summary>
/// The option ROM's boot flow as one Stateless machine (style anchor G7): power-on, banner, link, Link Up Delay,
/// addressing, login to the 1st then 2nd target with the card's retry counts, LUN attach, iBFT, OS hand-off. The flow
/// decides; the engine acts: for each state the engine runs the step (waits, DHCP, login...) and reports its outcome
/// through an intent method, whose guards choose the next state. Guards are side-effect free and mutually exclusive;
/// every transition and every ignored trigger is logged with simulated time (G15).
/// </summary>
public sealed partial class BootFlow
{
    private readonly StateMachine<BootState, BootTrigger> _machine = new(BootState.Off);
    private readonly EffectiveConfiguration _config;
    private readonly BootJournal _journal;
    private readonly StateMachine<BootState, BootTrigger>.TriggerWithParameters<LinkReport> _linkUp;
    private readonly StateMachine<BootState, BootTrigger>.TriggerWithParameters<string> _noLink;
    private readonly StateMachine<BootState, BootTrigger>.TriggerWithParameters<AddressReport> _addressConfigured;
    private readonly StateMachine<BootState, BootTrigger>.TriggerWithParameters<StepFailure> _addressingFailed;
    private readonly StateMachine<BootState, BootTrigger>.TriggerWithParameters<LoginReport> _loginSucceeded;
    private readonly StateMachine<BootState, BootTrigger>.TriggerWithParameters<StepFailure> _loginFailed;
    private readonly StateMachine<BootState, BootTrigger>.TriggerWithParameters<AttachReport> _lunAttached;
    private readonly StateMachine<BootState, BootTrigger>.TriggerWithParameters<StepFailure> _attachFailed;
    private readonly StateMachine<BootState, BootTrigger>.TriggerWithParameters<OsHandOffResult?> _handedOff;

    /// <summary>Creates the flow for one port/function's effective configuration; it starts <see cref="BootState.Off"/>.</summary>
    public BootFlow(EffectiveConfiguration config, BootJournal journal)
    {
        _config = config ?? throw new ArgumentNullException(nameof(config));
        _journal = journal ?? throw new ArgumentNullException(nameof(journal));
        _linkUp = _machine.SetTriggerParameters<LinkReport>(BootTrigger.LinkUp);
        _noLink = _machine.SetTriggerParameters<string>(BootTrigger.NoLink);
        _addressConfigured = _machine.SetTriggerParameters<AddressReport>(BootTrigger.AddressConfigured);
        _addressingFailed = _machine.SetTriggerParameters<StepFailure>(BootTrigger.AddressingFailed);
        _loginSucceeded = _machine.SetTriggerParameters<LoginReport>(BootTrigger.LoginSucceeded);
        _loginFailed = _machine.SetTriggerParameters<StepFailure>(BootTrigger.LoginFailed);
        _lunAttached = _machine.SetTriggerParameters<AttachReport>(BootTrigger.LunAttached);
        _attachFailed = _machine.SetTriggerParameters<StepFailure>(BootTrigger.AttachFailed);
        _handedOff = _machine.SetTriggerParameters<OsHandOffResult?>(BootTrigger.HandedOff);
        Configure();
    }

    /// <summary>The current state.</summary>
    public BootState State => _machine.State;

    /// <summary>Whether the flow has ended (<see cref="BootState.Booted"/> or <see cref="BootState.Failed"/>).</summary>
    public bool IsFinished => State is BootState.Booted or BootState.Failed;

    /// <summary>The effective configuration the flow decides with.</summary>
    public EffectiveConfiguration Configuration => _config;

    /// <summary>The journal the flow logs its transitions and decisions into.</summary>
    public BootJournal Journal => _journal;

    /// <summary>The link, once up.</summary>
    public LinkReport? Link { get; private set; }

    /// <summary>The address and targets, once addressing is done.</summary>
    public AddressReport? Address { get; private set; }

    /// <summary>The target of the current (or last) login attempt.</summary>
    public BootTarget? CurrentTarget => Address?.Target(_currentTarget);

    /// <summary>The attached boot LUN, once attached.</summary>
    public AttachReport? Attach { get; private set; }

    /// <summary>The OS hand-off's result, once handed off (null when no OS was simulated).</summary>
    public OsHandOffResult? HandOff { get; private set; }

    /// <summary>Whether <paramref name="trigger"/> can fire now (its guards allow a transition).</summary>
    public bool CanFire(BootTrigger trigger) => _machine.CanFire(trigger);

    /// <summary>The machine's structure, for <c>UmlDotGraph</c> / <c>MermaidGraph</c> (<see cref="BootFlowGraph"/>).</summary>
    public StateMachineInfo GetInfo() => _machine.GetInfo();

    /// <summary>Power on: the option ROM starts, or does not when it is disabled.</summary>
    public void PowerOn() => _machine.Fire(BootTrigger.PowerOn);

    /// <summary>The simulated time limit was reached: the boot ends as failed wherever it was.</summary>
    public void TimeLimitReached() => _machine.Fire(BootTrigger.TimeLimitReached);

    private void Configure()
    {
        _machine.OnTransitioned(LogTransition);
        _machine.OnUnhandledTrigger(LogIgnored);
        _machine.Configure(BootState.Off)
            .PermitIf(BootTrigger.PowerOn, BootState.Banner, () => _config.Mba.OptionRomEnabled, "Option ROM Enabled")
            .PermitIf(BootTrigger.PowerOn, BootState.Failed, () => !_config.Mba.OptionRomEnabled, "Option ROM Disabled");
        _machine.Configure(BootState.Booting)
            .Permit(BootTrigger.TimeLimitReached, BootState.Failed);
        ConfigureLink();
        ConfigureAddressing();
        ConfigureLogin();
        ConfigureAttach();
        _machine.Configure(BootState.Booted);
        _machine.Configure(BootState.Failed)
            .OnEntryFrom(BootTrigger.PowerOn, () => _journal.Record(EngineCode.OptionRomDisabled,
                "Option ROM is Disabled: the boot agent does not run and the BIOS moves on to the next boot device."),
                "record why the ROM did not run")
            .OnEntryFrom(BootTrigger.TimeLimitReached, () => _journal.Record(EngineCode.SimulationTimeLimit,
                $"The simulated time limit ended the boot in {_journal.Stage}."), "record the time limit");
    }

    private void LogTransition(StateMachine<BootState, BootTrigger>.Transition t)
    {
        if (StageOf(t.Destination) is { } stage)
        {
            _journal.Stage = stage;
        }
        _journal.Record(_journal.Stage, BootEventSeverity.Information, null,
            $"{t.Source} -> {t.Destination} ({t.Trigger})", kind: BootEventKind.Transition);
    }

    private void LogIgnored(BootState state, BootTrigger trigger, ICollection<string>? unmetGuards)
    {
        // Stateless passes null (not an empty list) when no transition exists for the trigger at all.
        var guards = unmetGuards is { Count: > 0 } ? $"; unmet guards: {string.Join(", ", unmetGuards)}" : "";
        _journal.Record(_journal.Stage, BootEventSeverity.Warning, null, $"{trigger} ignored in {state}{guards}", kind: BootEventKind.Ignored);
    }

    /// <summary>The user-facing stage of a state; null keeps the previous one (the end states keep the stage they ended in).</summary>
    private static BootStage? StageOf(BootState state) => state switch
    {
        BootState.Off or BootState.Booting => BootStage.PowerOn,
        BootState.Banner => BootStage.Banner,
        BootState.LinkWait => BootStage.Link,
        BootState.LinkUpDelay => BootStage.LinkUpDelay,
        BootState.Addressing or BootState.StaticIpv4 or BootState.Dhcp4 or BootState.Ipv6Autoconfiguration or BootState.StaticIpv6 =>
            BootStage.Addressing,
        BootState.FirstTargetLogin or BootState.SecondTargetLogin => BootStage.Login,
        BootState.LunAttach => BootStage.LunAttach,
        BootState.IbftPublish => BootStage.Ibft,
        BootState.OsHandOff or BootState.BiosHandBack => BootStage.OsHandOff,
        _ => null,
    };
}
