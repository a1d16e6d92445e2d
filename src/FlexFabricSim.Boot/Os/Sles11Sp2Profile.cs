using FlexFabricSim.Boot.Events;

using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Boot.Os;

/// <summary>
/// SUSE Linux Enterprise Server 11 SP2. The guide disagrees with itself about its offload path: p.4 and p.15 list SLES 11
/// SP2 with offload support, p.14 says "SLES 11 does not support offload". The simulator follows the two statements that
/// agree and boots it, with a note naming the contradiction (SPEC: keep both visible).
/// </summary>
public sealed class Sles11Sp2Profile : LinuxProfile
{
    /// <inheritdoc />
    public override string Key => "sles-11-sp2";

    /// <inheritdoc />
    public override string DisplayName => "SUSE Linux Enterprise Server 11 SP2";

    /// <inheritdoc />
    public override IReadOnlyList<string> Aliases => ["sles11sp2", "sles-11"];

    /// <inheritdoc />
    protected override bool SupportsRemoteInstall => true;

    /// <inheritdoc />
    protected override IReadOnlyList<OsNote> Notes(HandOffContext context) =>
        context.Path == IscsiPath.Offload
            ? [new OsNote(EngineCode.GuideContradiction,
                "SLES 11 SP2 on the offload path: G p.4 and p.15 support it, G p.14 says SLES 11 does not support offload. "
                + "Check HP's current support statement before relying on it.", new GuideReference(14))]
            : [];
}
