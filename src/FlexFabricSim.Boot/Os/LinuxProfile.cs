using FlexFabricSim.Boot.Events;

using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Boot.Os;

/// <summary>
/// What the supported Linux releases share (G p.13-15): open-iscsi reads the iBFT; the initrd built by
/// <c>iscsi_setup.sh</c> must match HBA Boot Mode (option 0 non-offload, option 1 offload, p.14 step 9); remote DVD
/// installation only on the releases p.15 names.
/// </summary>
public abstract class LinuxProfile : OsProfile
{
    /// <inheritdoc />
    public sealed override OsFamily Family => OsFamily.Linux;

    /// <summary>Whether this release supports installing from a remote DVD straight onto the target (G p.15).</summary>
    protected abstract bool SupportsRemoteInstall { get; }

    /// <inheritdoc />
    public sealed override OsHandOffResult HandOff(HandOffContext context, OsInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(inputs);
        if (context.Phase == OsPhase.Install)
        {
            return SupportsRemoteInstall
                ? Up(context, Notes(context), [])
                : OsHandOffResult.Failure(OsOutcome.TargetNotOffered, EngineCode.RemoteInstallUnsupported,
                    $"{DisplayName} does not support remote DVD installation onto the iSCSI target (RHEL 6.2 and SLES 11 SP2 and later do): "
                    + "install on a local disk and copy it to the target with dd.", new GuideReference(15));
        }
        var initrd = inputs.LinuxInitrd switch
        {
            LinuxInitrd.NonOffload => IscsiPath.NonOffload,
            LinuxInitrd.Offload => IscsiPath.Offload,
            _ => context.Path,
        };
        if (initrd != context.Path)
        {
            return OsHandOffResult.Failure(OsOutcome.BootFailure, EngineCode.InitrdPathMismatch,
                $"{DisplayName} booted the {PathName(initrd)} initrd but HBA Boot Mode selected the {PathName(context.Path)} path: the root "
                + "disk is not found. Boot the image that matches HBA Boot Mode (iscsi_setup.sh option 0 non-offload, 1 offload).",
                new GuideReference(14));
        }
        return Up(context, Notes(context), []);
    }

    /// <summary>Release-specific caveats of a successful hand-off.</summary>
    protected virtual IReadOnlyList<OsNote> Notes(HandOffContext context) => [];
}
