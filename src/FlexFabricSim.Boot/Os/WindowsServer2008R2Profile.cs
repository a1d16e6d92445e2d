using System.Net.Sockets;
using FlexFabricSim.Boot.Events;

using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Boot.Os;

/// <summary>
/// Windows Server 2008 R2 (G p.11): both paths; on the NDIS path a link-local IPv6 initiator with a router-configured IPv6
/// target gives a stop error (T12, a known issue of the Windows TCP/IP stack).
/// </summary>
public sealed class WindowsServer2008R2Profile : WindowsServerProfile
{
    /// <inheritdoc />
    public override string Key => "windows-2008-r2";

    /// <inheritdoc />
    public override string DisplayName => "Windows Server 2008 R2";

    /// <inheritdoc />
    public override IReadOnlyList<string> Aliases => ["2008-r2", "2008r2"];

    /// <inheritdoc />
    protected override string InitiatorVersionLine => "Microsoft iSCSI Initiator Version 6.1 Build 7601";

    /// <inheritdoc />
    protected override OsHandOffResult? CheckRelease(HandOffContext context)
    {
        var target = context.TargetPortal.Address;
        var routedTarget = target.AddressFamily == AddressFamily.InterNetworkV6 && !target.IsIPv6LinkLocal;
        if (context.Path == IscsiPath.NonOffload && context.InitiatorAddress.IsIPv6LinkLocal && routedTarget)
        {
            return OsHandOffResult.Failure(OsOutcome.StopError, EngineCode.StopErrorIpv6LinkLocal,
                $"Stop error (blue screen): the initiator has the link-local IPv6 address {context.InitiatorAddress} and the target the "
                + $"router-configured address {target} on the NDIS path (a known issue in the Windows TCP/IP stack).",
                GuideReference.Troubleshooting(12, 28));
        }
        return null;
    }
}
