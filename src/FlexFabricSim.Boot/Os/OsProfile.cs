using FlexFabricSim.Boot.Events;

using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Boot.Os;

/// <summary>
/// An operating system the guide supports for iSCSI boot: it reads the iBFT the ROM published and applies its known
/// limits, giving the guide's outcome. One subclass per OS, each in its own file.
/// </summary>
public abstract class OsProfile
{
    /// <summary>The stable name used by <c>--os</c> and scenario files (<c>windows-2008-r2</c>).</summary>
    public abstract string Key { get; }

    /// <summary>The product name.</summary>
    public abstract string DisplayName { get; }

    /// <summary>Windows or Linux.</summary>
    public abstract OsFamily Family { get; }

    /// <summary>Other names <c>--os</c> accepts.</summary>
    public virtual IReadOnlyList<string> Aliases => [];

    /// <summary>Runs the hand-off: the OS (or its installer) takes over with what the ROM left.</summary>
    public abstract OsHandOffResult HandOff(HandOffContext context, OsInputs inputs);

    /// <summary>The success result for a phase, with notes.</summary>
    protected OsHandOffResult Up(HandOffContext context, IReadOnlyList<OsNote> notes, IReadOnlyList<string> sessionList) =>
        context.Phase == OsPhase.Install
            ? new(OsOutcome.InstallerRunning, EngineCode.InstallerRunning,
                $"{DisplayName} setup lists the iSCSI target {context.TargetName} LUN {context.BootLun} as an installation disk.",
                new GuideReference(11), notes, sessionList)
            : new(OsOutcome.Running, EngineCode.OsRunning,
                $"{DisplayName} booted from {context.TargetName} LUN {context.BootLun} over the {PathName(context.Path)} path.",
                new GuideReference(18), notes, sessionList);

    /// <summary>How the guide names a path.</summary>
    protected static string PathName(IscsiPath path) => path == IscsiPath.Offload ? "offload (HBA)" : "non-offload (NDIS)";

    /// <inheritdoc />
    public override string ToString() => Key;
}
