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

    /// <summary>The I_T nexus the session's commands arrive through: its logical units keep unit attention per nexus.</summary>
    public ScsiNexus? Nexus { get; set; }

    /// <summary>Whether security negotiation is finished.</summary>
    public IscsiTargetAuthState Auth { get; set; }
}
