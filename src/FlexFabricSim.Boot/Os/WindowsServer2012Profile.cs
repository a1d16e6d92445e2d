namespace FlexFabricSim.Boot.Os;

/// <summary>Windows Server 2012 (G p.12): boots and installs over both paths; only the shared Windows limits apply.</summary>
public sealed class WindowsServer2012Profile : WindowsServerProfile
{
    /// <inheritdoc />
    public override string Key => "windows-2012";

    /// <inheritdoc />
    public override string DisplayName => "Windows Server 2012";

    /// <inheritdoc />
    public override IReadOnlyList<string> Aliases => ["2012"];

    /// <inheritdoc />
    protected override string InitiatorVersionLine => "Microsoft iSCSI Initiator Version 6.2 Build 9200";
}
