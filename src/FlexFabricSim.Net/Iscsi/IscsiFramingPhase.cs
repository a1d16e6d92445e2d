namespace FlexFabricSim.Net.Iscsi;

/// <summary>Where in a PDU a byte stream stands: BHS, AHS, header digest, data, padding, data digest (RFC 7143 §11.2; iPXE's rx states).</summary>
public enum IscsiFramingPhase
{
    /// <summary>Inside the 48-byte Basic Header Segment.</summary>
    Bhs,

    /// <summary>Inside the Additional Header Segments.</summary>
    Ahs,

    /// <summary>Inside the header digest.</summary>
    HeaderDigest,

    /// <summary>Inside the data segment.</summary>
    Data,

    /// <summary>Inside the padding after the data.</summary>
    Padding,

    /// <summary>Inside the data digest.</summary>
    DataDigest,
}
