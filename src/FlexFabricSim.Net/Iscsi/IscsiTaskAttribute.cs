namespace FlexFabricSim.Net.Iscsi;

/// <summary>The task attribute (ATTR) of a SCSI Command PDU (RFC 7143 §11.3.1).</summary>
public enum IscsiTaskAttribute : byte
{
    /// <summary>Untagged.</summary>
    Untagged = 0,

    /// <summary>Simple: what initiators normally send.</summary>
    Simple = 1,

    /// <summary>Ordered.</summary>
    Ordered = 2,

    /// <summary>Head of queue.</summary>
    HeadOfQueue = 3,

    /// <summary>Auto contingent allegiance.</summary>
    Aca = 4,
}
