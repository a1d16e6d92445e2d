namespace FlexFabricSim.Net.Scsi;

/// <summary>An I_T nexus: one initiator port's relationship with the target (SAM-5 §4.6.4). Logical units keep unit attention
/// conditions per nexus; two nexuses are never equal, even for the same initiator port (a reinstated session is a new nexus).</summary>
/// <param name="initiatorPort">The initiator port's name, for logs: in iSCSI the initiator name, ",i,0x" and the ISID (RFC 7143 §4.2.7.1).</param>
public sealed class ScsiNexus(string initiatorPort)
{
    /// <summary>The initiator port's name.</summary>
    public string InitiatorPort { get; } = initiatorPort;

    /// <summary>The initiator port's name.</summary>
    public override string ToString() => InitiatorPort;
}
