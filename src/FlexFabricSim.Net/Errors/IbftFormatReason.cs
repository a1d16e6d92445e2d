namespace FlexFabricSim.Net.Errors;

/// <summary>Why an iSCSI Boot Firmware Table (iBFT spec v1.03) was rejected by <c>IbftParser</c>.</summary>
public enum IbftFormatReason
{
    /// <summary>Shorter than the 48-byte table header, or than the length the header declares.</summary>
    Truncated,

    /// <summary>The signature is not <c>iBFT</c> (iBFT §3.3).</summary>
    BadSignature,

    /// <summary>The header's length is smaller than the header and control structure.</summary>
    BadLength,

    /// <summary>The table revision is not 1 (iBFT §3.3).</summary>
    BadRevision,

    /// <summary>The bytes of the table do not sum to zero modulo 256 (ACPI table checksum).</summary>
    BadChecksum,

    /// <summary>A structure offset points outside the table or does not hold a structure of the expected id.</summary>
    BadStructureOffset,

    /// <summary>A structure's header (id, version, length) is not what iBFT §3.2 says for its kind.</summary>
    BadStructureHeader,

    /// <summary>A string reference (length, offset) points outside the table or its string is not NUL-terminated (iBFT §2.5).</summary>
    BadStringReference,
}
