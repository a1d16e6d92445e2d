using FlexFabricSim.Net.Chap;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Iscsi.Target;

/// <summary>What a target connection learned during login: who logged in, to what, and how it authenticated.</summary>
internal sealed class IscsiTargetSession
{
    /// <summary>The initiator's name.</summary>
    public string InitiatorName { get; set; } = string.Empty;

    /// <summary>Discovery or Normal.</summary>
    public bool IsDiscovery { get; set; }

    /// <summary>The target logged in to (Normal sessions).</summary>
    public IscsiTargetDefinition? Target { get; set; }

    /// <summary>ISID.</summary>
    public ulong Isid { get; set; }

    /// <summary>TSIH given at the end of login.</summary>
    public ushort Tsih { get; set; }

    /// <summary>The account the initiator must authenticate as, when CHAP is required.</summary>
    public ChapCredentials? RequiredChap { get; set; }

    /// <summary>The challenge the target issued.</summary>
    public ChapChallenge? Challenge { get; set; }

    /// <summary>LUNs that have reported their power-on UNIT ATTENTION on this nexus (SAM-5 §5.14).</summary>
    public HashSet<int> AttendedLuns { get; } = [];

    /// <summary>Whether security negotiation is finished.</summary>
    public IscsiTargetAuthState Auth { get; set; }

    /// <summary>Clears the UNIT ATTENTION bookkeeping after a reset so every LUN reports it again.</summary>
    public void Reset(ScsiLun? lun = null)
    {
        if (lun is { } l && l.TryGetNumber(out var n))
        {
            AttendedLuns.Remove(n);
        }
        else
        {
            AttendedLuns.Clear();
        }
    }
}
