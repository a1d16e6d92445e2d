namespace FlexFabricSim.Net.Iscsi;

/// <summary>Which CRC32C digests a connection carries after login (HeaderDigest / DataDigest keys, RFC 7143 §13.1).</summary>
[Flags]
public enum IscsiDigests
{
    /// <summary>No digests: the state of every connection during login.</summary>
    None = 0,

    /// <summary>A 4-byte CRC32C after the BHS and AHS.</summary>
    Header = 1,

    /// <summary>A 4-byte CRC32C after each non-empty data segment and its padding.</summary>
    Data = 2,

    /// <summary>Both digests.</summary>
    Both = Header | Data,
}
