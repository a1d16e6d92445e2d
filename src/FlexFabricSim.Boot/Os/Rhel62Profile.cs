namespace FlexFabricSim.Boot.Os;

/// <summary>Red Hat Enterprise Linux 6.2 (G p.13-15): both paths, and remote DVD installation over either.</summary>
public sealed class Rhel62Profile : LinuxProfile
{
    /// <inheritdoc />
    public override string Key => "rhel-6.2";

    /// <inheritdoc />
    public override string DisplayName => "Red Hat Enterprise Linux 6.2";

    /// <inheritdoc />
    public override IReadOnlyList<string> Aliases => ["rhel62", "rhel-6"];

    /// <inheritdoc />
    protected override bool SupportsRemoteInstall => true;
}
