using FlexFabricSim.Boot.Console;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Os;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Boot.Flow;

// LUN attach (LUN Busy Retry Count, G p.6), iBFT, and the hand-off: boot from the target, or back to the BIOS when
// Boot to iSCSI Target is (One Time) Disabled so an installer runs with the target published (G p.11, step 9).
public sealed partial class BootFlow
{
    /// <summary>The boot LUN answered BUSY.</summary>
    public void LunBusy() => _machine.Fire(BootTrigger.LunBusy);

    /// <summary>The boot LUN is attached and carries a boot signature.</summary>
    public void LunAttached(AttachReport report) => _machine.Fire(_lunAttached, report);

    /// <summary>The boot LUN could not be attached.</summary>
    public void AttachFailed(StepFailure failure) => _machine.Fire(_attachFailed, failure);

    /// <summary>The iBFT was published.</summary>
    public void IbftPublished() => _machine.Fire(BootTrigger.IbftPublished);

    /// <summary>The OS or installer took over; <paramref name="result"/> is null when no OS is simulated.</summary>
    public void HandedOff(OsHandOffResult? result) => _machine.Fire(_handedOff, result);

    private bool BusyRetriesRemain => _busyRetriesUsed < _config.LunBusyRetryCount;

    private void ConfigureAttach()
    {
        _machine.Configure(BootState.LunAttach)
            .SubstateOf(BootState.Booting)
            .Permit(BootTrigger.LunAttached, BootState.IbftPublish)
            .Permit(BootTrigger.AttachFailed, BootState.TargetFailed)
            .PermitIf(BootTrigger.LunBusy, BootState.FirstTargetLogin, () => BusyRetriesRemain && _currentTarget == 1,
                "LUN Busy Retry Count not used up, on the 1st target")
            .PermitIf(BootTrigger.LunBusy, BootState.SecondTargetLogin, () => BusyRetriesRemain && _currentTarget == 2,
                "LUN Busy Retry Count not used up, on the 2nd target")
            .PermitIf(BootTrigger.LunBusy, BootState.TargetFailed, () => !BusyRetriesRemain, "LUN Busy Retry Count used up");

        _machine.Configure(BootState.IbftPublish)
            .SubstateOf(BootState.Booting)
            .OnEntryFrom(_lunAttached, report => Attach = report, "keep the attached LUN")
            .PermitIf(BootTrigger.IbftPublished, BootState.OsHandOff, () => _config.BootToTarget == BootToTarget.Enabled,
                "Boot to iSCSI Target Enabled")
            .PermitIf(BootTrigger.IbftPublished, BootState.BiosHandBack, () => _config.BootToTarget != BootToTarget.Enabled,
                "Boot to iSCSI Target Disabled or One Time Disabled");

        _machine.Configure(BootState.OsHandOff)
            .SubstateOf(BootState.Booting)
            .OnEntry(() => _journal.Print(RomMessage.Booting), "print that the boot starts")
            .PermitIf(_handedOff, BootState.Booted, r => r is null || r.IsUp, "no OS simulated, or the OS came up")
            .PermitIf(_handedOff, BootState.Failed, r => r is { IsUp: false }, "the OS did not come up");

        _machine.Configure(BootState.BiosHandBack)
            .SubstateOf(BootState.Booting)
            .OnEntry(ReturnToBios, "print and record the return to the BIOS")
            .PermitIf(_handedOff, BootState.Booted, r => r is null || r.IsUp, "no installer simulated, or it offers the target")
            .PermitIf(_handedOff, BootState.Failed, r => r is { IsUp: false }, "the installer does not offer the target");

        _machine.Configure(BootState.Booted)
            .OnEntryFrom(_handedOff, RecordHandOff, "record the OS outcome");
        _machine.Configure(BootState.Failed)
            .OnEntryFrom(_handedOff, RecordHandOff, "record the OS outcome");
    }

    private void ReturnToBios()
    {
        _journal.Print(RomMessage.ReturnToBios);
        _journal.Record(EngineCode.ControlReturnedToBios,
            "Boot to iSCSI Target is not Enabled: the ROM logged in and returns to the BIOS; the next boot device runs with the target published.");
        if (_config.BootToTarget == BootToTarget.OneTimeDisabled)
        {
            _journal.Record(EngineCode.OneTimeDisableReverted, "Boot to iSCSI Target was One Time Disabled: it reverts to Enabled for the next boot.");
        }
    }

    private void RecordHandOff(OsHandOffResult? result)
    {
        HandOff = result;
        if (result is null)
        {
            return;
        }
        foreach (var note in result.Notes)
        {
            _journal.Record(note.Code, note.Message, note.Guide);
        }
        _journal.Record(result.Code, result.Message, result.Guide);
    }
}
