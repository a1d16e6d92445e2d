using System.Net.Sockets;
using FlexFabricSim.Boot.Events;

namespace FlexFabricSim.Boot.Os;

/// <summary>Windows Server 2008 SP2 (G p.11): both paths; its setup does not offer an iSCSI target reached over IPv6 (T7).</summary>
public sealed class WindowsServer2008Sp2Profile : WindowsServerProfile
{
    /// <inheritdoc />
    public override string Key => "windows-2008-sp2";

    /// <inheritdoc />
    public override string DisplayName => "Windows Server 2008 SP2";

    /// <inheritdoc />
    public override IReadOnlyList<string> Aliases => ["windows-2008", "2008-sp2", "2008"];

    /// <inheritdoc />
    protected override string InitiatorVersionLine => "Microsoft iSCSI Initiator Version 6.0 Build 6002";

    /// <inheritdoc />
    protected override OsHandOffResult? CheckRelease(HandOffContext context)
    {
        // T7 names "Windows Server 2008" installs over IPv6 (KB971443); the guide names 2008 R2 separately where it means it.
        if (context.Phase == OsPhase.Install && context.TargetPortal.AddressFamily == AddressFamily.InterNetworkV6)
        {
            return OsHandOffResult.Failure(OsOutcome.TargetNotOffered, EngineCode.InstallTargetNotOffered,
                "Windows Server 2008 setup does not list the iSCSI target as an installation target over an IPv6 connection "
                + "(a known third-party issue, KB971443; no action needed).", GuideReference.Troubleshooting(7, 27));
        }
        return null;
    }
}
