using System.Globalization;
using System.Net;
using System.Net.Sockets;
using FlexFabricSim.Boot.Events;

using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Boot.Os;

/// <summary>
/// What every supported Windows Server shares at hand-off (G p.11-29): the offload path's driver needs (T1, T3), the
/// Microsoft iSCSI Software Initiator's limits on the non-offload path (VLAN p.18, LUN 255 T10), crash dump speeds (T2),
/// teaming (p.25), and <c>iscsicli sessionlist</c> (p.29). Subclasses add their own known issues.
/// </summary>
public abstract class WindowsServerProfile : OsProfile
{
    /// <summary>The oldest VBD driver the offload path works with (T1: "5.0.x").</summary>
    public static readonly Version MinimumVbdDriver = new(5, 0);

    /// <inheritdoc />
    public sealed override OsFamily Family => OsFamily.Windows;

    /// <summary>The Microsoft iSCSI Initiator's version line as <c>iscsicli</c> prints it on this release.</summary>
    protected abstract string InitiatorVersionLine { get; }

    /// <inheritdoc />
    public sealed override OsHandOffResult HandOff(HandOffContext context, OsInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(inputs);
        var failure = context.Path == IscsiPath.Offload ? CheckOffloadPath(inputs) : CheckMicrosoftInitiator(context);
        failure ??= CheckRelease(context);
        if (failure is not null)
        {
            return failure;
        }
        return Up(context, Notes(context, inputs), SessionList(context));
    }

    /// <summary>The release's own known issues (T7, T12), checked after the shared ones; null when none applies.</summary>
    protected virtual OsHandOffResult? CheckRelease(HandOffContext context) => null;

    private OsHandOffResult? CheckOffloadPath(OsInputs inputs)
    {
        if (inputs.VirtualBusDeviceDriver < MinimumVbdDriver || !inputs.OisDriverInstalled)
        {
            var missing = !inputs.OisDriverInstalled ? "the OIS driver is not installed" : $"the VBD driver is {inputs.VirtualBusDeviceDriver}";
            return OsHandOffResult.Failure(OsOutcome.BootFailure, EngineCode.OffloadDriversMissing,
                $"{DisplayName} cannot complete the boot on the offload path: {missing}. Install the Broadcom Virtual Bus Device "
                + "driver 5.0.x or later and the OIS driver before switching the boot path.", GuideReference.Troubleshooting(1, 26));
        }
        if (inputs.BxoisStartOverride == 3)
        {
            return OsHandOffResult.Failure(OsOutcome.BootFailure, EngineCode.BxoisNotLoaded,
                $"The HBA offload miniport BXOIS does not load: HKLM\\SYSTEM\\CurrentControlSet\\Services\\bxois\\StartOverride is 3. "
                + "Change it to 0 before switching back from the NDIS path to the HBA path.", GuideReference.Troubleshooting(3, 26));
        }
        return null;
    }

    private OsHandOffResult? CheckMicrosoftInitiator(HandOffContext context)
    {
        if (context.Vlan is not null)
        {
            return OsHandOffResult.Failure(OsOutcome.BootFailure, EngineCode.VlanWithMicrosoftInitiator,
                $"{DisplayName} cannot reach the boot target on VLAN {context.Vlan}: VLAN tagging is not supported for iSCSI boot "
                + "with the Microsoft iSCSI Software Initiator.", new GuideReference(18));
        }
        if (context.BootLun == 255)
        {
            // T10 names the Microsoft iSCSI Software Initiator, i.e. the non-offload path (G p.4 calls that path the Microsoft
            // initiator); the offload driver handles the LUN itself, so the check is made on this path only.
            return OsHandOffResult.Failure(OsOutcome.StopError, EngineCode.StopErrorLun255,
                "Stop error (blue screen): the Microsoft iSCSI Software Initiator does not support LUN 255. Set a boot LUN from 0 to 254.",
                GuideReference.Troubleshooting(10, 27));
        }
        return null;
    }

    private static List<OsNote> Notes(HandOffContext context, OsInputs inputs)
    {
        var notes = new List<OsNote>();
        var speed = inputs.OsLinkSpeedMbps ?? context.LinkSpeedMbps;
        if (speed is 10 or 100)
        {
            notes.Add(new OsNote(EngineCode.CrashDumpUnsupportedSpeed,
                $"The boot link runs at {speed.ToString(CultureInfo.InvariantCulture)} Mbps: the Broadcom iSCSI crash dump utility will not "
                + "capture a memory dump. Set 1 Gbps or 10 Gbps.", GuideReference.Troubleshooting(2, 26)));
        }
        if (inputs.TeamingOnBootAdapter)
        {
            notes.Add(new OsNote(EngineCode.TeamingOnBootAdapter,
                "The boot-path adapter is teamed: teaming does not support iSCSI or NDIS adapters in the iSCSI boot path.", new GuideReference(25)));
        }
        return notes;
    }

    /// <summary>
    /// What <c>iscsicli sessionlist</c> shows for the boot session. The "Initiator Name" is the HBA instance: offloaded
    /// sessions start <c>B06BDRV</c>, software ones <c>Root</c> (G p.29). The rest of the layout follows the Microsoft
    /// tool and is unverified for these systems; the instance suffixes are ours.
    /// </summary>
    private List<string> SessionList(HandOffContext context)
    {
        var hba = context.Path == IscsiPath.Offload ? @"B06BDRV\L4SC&PCI_168E14E4\0000_0" : @"ROOT\ISCSIPRT\0000_0";
        return
        [
            InitiatorVersionLine,
            "",
            "Total of 1 sessions",
            "",
            $"Session Id             : boot-session-1",
            $"Initiator Node Name    : {context.InitiatorName}",
            $"Target Name            : {context.TargetName}",
            "Number Connections     : 1",
            "",
            "    Connections:",
            "",
            $"        Initiator Portal  : {Portal(context.InitiatorAddress, null)}",
            $"        Target Portal     : {Portal(context.TargetPortal.Address, context.TargetPortal.Port)}",
            "",
            "    Devices:",
            "        Device Type            : Disk",
            "        Device Number          : 0",
            $"        LUN                    : {context.BootLun.ToString(CultureInfo.InvariantCulture)}",
            $"        Initiator Name         : {hba}",
        ];
    }

    private static string Portal(IPAddress address, int? port)
    {
        var text = address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{address}]" : address.ToString();
        return port is null ? text : $"{text}/{port.Value.ToString(CultureInfo.InvariantCulture)}";
    }
}
