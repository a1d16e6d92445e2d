namespace FlexFabricSim.Boot.Os;

/// <summary>
/// Red Hat Enterprise Linux 5.9 (G p.13: Linux iSCSI boot on 5.9 and later; p.4 says 5.8): both paths; installed on a local
/// disk and copied to the target, since remote DVD installation starts at 6.2 (p.15).
/// </summary>
public sealed class Rhel59Profile : LinuxProfile
{
    /// <inheritdoc />
    public override string Key => "rhel-5.9";

    /// <inheritdoc />
    public override string DisplayName => "Red Hat Enterprise Linux 5.9";

    /// <inheritdoc />
    public override IReadOnlyList<string> Aliases => ["rhel59", "rhel-5"];

    /// <inheritdoc />
    protected override bool SupportsRemoteInstall => false;
}
