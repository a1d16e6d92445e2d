using FlexFabricSim.Net.Chap;
using FlexFabricSim.Net.Iscsi;
using FlexFabricSim.Net.Iscsi.Target;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Boot.Lab;

/// <summary>Turns a lab target definition into the fake iSCSI target's options: disks, CHAP accounts, faults, seeded challenges.</summary>
public static class LabTargetOptions
{
    /// <summary>The fake target's options for <paramref name="target"/>; CHAP challenges come from a generator seeded with <paramref name="seed"/>.</summary>
    public static IscsiTargetOptions For(LabTargetDefinition target, int seed)
    {
        ArgumentNullException.ThrowIfNull(target);
        var units = target.Luns.Select(l => new ScsiLogicalUnit(l.Lun, LabDisk.Create(l))).ToList();
        var faults = target.Faults;
        var random = new Random(seed);
        return new IscsiTargetOptions
        {
            Targets = [new IscsiTargetDefinition(target.Name, units, Credentials(target.Chap), Credentials(target.MutualChap))],
            Portal = new IscsiPortal(target.Address.ToString(), target.Port),
            Faults = new IscsiTargetFaults
            {
                LunBusyAttempts = faults.LunBusy,
                NoLoginResponse = faults.NoLoginResponse,
                LoginReject = faults.LoginReject is { } r ? new IscsiLoginStatus(r.StatusClass, r.StatusDetail) : null,
                DropAfterPdus = faults.DropAfterPdus,
                RedirectTo = faults.RedirectTo is { } to ? new IscsiPortal(to.Address.ToString(), to.Port) : null,
                ReadDelay = faults.SlowReads,
                WrongChapResponse = faults.WrongChapResponse,
            },
            Random = bytes => random.NextBytes(bytes),
        };
    }

    private static ChapCredentials? Credentials(LabChapAccount? account) => account is null ? null : new ChapCredentials(account.User, account.Secret);
}
