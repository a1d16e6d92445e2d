using System.Globalization;
using FlexFabricSim.Boot.Console;
using FlexFabricSim.Boot.Events;
using Stateless;

namespace FlexFabricSim.Boot.Flow;

// Login to the 1st target, the 2nd when the 1st fails, and Boot Retry Count rounds over the targets (G p.6-7).
//
// Reading of the retry counts (the guide names them, the sources give no algorithm; *unverified*): a target "fails" when
// its login fails, its boot LUN stays busy past LUN Busy Retry Count, or its LUN cannot be attached. After the 1st target
// fails the 2nd is tried; when the last configured target fails, one round is over and Boot Retry Count more rounds start
// again from the 1st target (Indefinite Retries: no end, bounded only by the simulation's time limit).
public sealed partial class BootFlow
{
    private int _currentTarget;
    private int _failedRounds;
    private int _busyRetriesUsed;

    /// <summary>Boot Retry Count rounds started so far (0 during the first round).</summary>
    public int RetryRound => _failedRounds;

    /// <summary>LUN Busy Retry Count reconnects used on the current target.</summary>
    public int BusyRetriesUsed => _busyRetriesUsed;

    /// <summary>The login reached full feature phase.</summary>
    public void LoginSucceeded(LoginReport report) => _machine.Fire(_loginSucceeded, report);

    /// <summary>The login to the current target failed.</summary>
    public void LoginFailed(StepFailure failure) => _machine.Fire(_loginFailed, failure);

    private bool FailedOnLastTarget => _currentTarget == 2 || Address?.Target(2) is null;

    private bool AnotherRoundAllowed => _config.RetryIndefinitely || _failedRounds <= _config.BootRetryCount;

    private void ConfigureLogin()
    {
        ConfigureTargetLogin(BootState.FirstTargetLogin, 1);
        ConfigureTargetLogin(BootState.SecondTargetLogin, 2);

        _machine.Configure(BootState.TargetFailed)
            .SubstateOf(BootState.Booting)
            .OnEntryFrom(_loginFailed, RecordFailure, "record why the login failed")
            .OnEntryFrom(_attachFailed, RecordFailure, "record why the attach failed")
            .OnEntryFrom(BootTrigger.LunBusy, () => _journal.Record(EngineCode.LunBusyExhausted,
                $"The boot LUN is still busy after {_config.LunBusyRetryCount} retries (LUN Busy Retry Count)."), "record the busy LUN")
            .OnEntry(CountRound, "count a failed round when the last target failed")
            .OnEntry(() => _machine.Fire(BootTrigger.NextTarget), "decide what comes next")
            .PermitIf(BootTrigger.NextTarget, BootState.SecondTargetLogin, () => _currentTarget == 1 && Address?.Target(2) is not null,
                "failed on the 1st target, 2nd configured")
            .PermitIf(BootTrigger.NextTarget, BootState.FirstTargetLogin,
                () => FailedOnLastTarget && AnotherRoundAllowed && Address?.Target(1) is not null,
                "failed on the last target, Boot Retry Count allows another round")
            .PermitIf(BootTrigger.NextTarget, BootState.SecondTargetLogin,
                () => FailedOnLastTarget && AnotherRoundAllowed && Address?.Target(1) is null,
                "failed on the only (2nd) target, Boot Retry Count allows another round")
            .PermitIf(BootTrigger.NextTarget, BootState.Failed, () => FailedOnLastTarget && !AnotherRoundAllowed,
                "failed on the last target, no Boot Retry left");

        _machine.Configure(BootState.Failed)
            .OnEntryFrom(BootTrigger.NextTarget, () =>
            {
                _journal.Print(RomMessage.BootFailed);
                _journal.Record(EngineCode.AllTargetsFailed,
                    "No configured target could be booted from; the error just before says why the last attempt failed.");
            }, "record that every target failed");
    }

    private void ConfigureTargetLogin(BootState state, int number)
    {
        _machine.Configure(state)
            .SubstateOf(BootState.Booting)
            .OnEntryFrom(_addressConfigured, report => Address = report, "keep the address and targets")
            .OnEntry(t => EnterTarget(t, number), "make this the current target")
            .Permit(BootTrigger.LoginSucceeded, BootState.LunAttach)
            .Permit(BootTrigger.LoginFailed, BootState.TargetFailed);
    }

    private void EnterTarget(StateMachine<BootState, BootTrigger>.Transition t, int number)
    {
        if (t.Trigger == BootTrigger.LunBusy)
        {
            _busyRetriesUsed++;
            _journal.Print(RomMessage.LunBusy, CurrentTarget?.Lun, _busyRetriesUsed, _config.LunBusyRetryCount);
            _journal.Record(EngineCode.LunBusyRetry, string.Create(CultureInfo.InvariantCulture,
                $"The boot LUN is busy: reconnecting ({_busyRetriesUsed} of {_config.LunBusyRetryCount}, LUN Busy Retry Count)."));
            return;
        }
        _busyRetriesUsed = 0;
        var previous = _currentTarget;
        _currentTarget = number;
        if (t.Trigger != BootTrigger.NextTarget)
        {
            return;
        }
        if (number == 2 && previous == 1)
        {
            _journal.Record(EngineCode.SecondTarget, "The 1st target failed: trying the 2nd target.");
        }
        else
        {
            var of = _config.RetryIndefinitely ? "indefinite" : _config.BootRetryCount.ToString(CultureInfo.InvariantCulture);
            _journal.Print(RomMessage.LoginRetry, _failedRounds, of);
            _journal.Record(EngineCode.LoginRetry, string.Create(CultureInfo.InvariantCulture,
                $"Every target failed: starting retry {_failedRounds} of {of} (Boot Retry Count)."));
        }
    }

    private void CountRound()
    {
        if (FailedOnLastTarget)
        {
            _failedRounds++;
        }
    }
}
