namespace FlexFabricSim.Net.Iscsi;

/// <summary>The one place a decoding failure becomes a protocol reply (style anchor G4; RFC 7143 §11.17.1, §11.13.5).</summary>
public static class IscsiFormatReasons
{
    /// <summary>The Reject reason a target sends for a PDU that failed with <paramref name="reason"/> in full feature phase.</summary>
    public static IscsiRejectReason ToRejectReason(IscsiFormatReason reason) => reason switch
    {
        IscsiFormatReason.DataDigestMismatch => IscsiRejectReason.DataDigestError,
        IscsiFormatReason.UnknownOpcode => IscsiRejectReason.CommandNotSupported,
        IscsiFormatReason.BadDataSegmentLength => IscsiRejectReason.ProtocolError,
        _ => IscsiRejectReason.InvalidPduField,
    };

    /// <summary>The login status a target answers a login PDU with when it failed with <paramref name="reason"/>.</summary>
    public static IscsiLoginStatus ToLoginStatus(IscsiFormatReason reason) => reason switch
    {
        IscsiFormatReason.InvalidKeyValue or IscsiFormatReason.BadTextFormat or IscsiFormatReason.BadBinaryValue
            => IscsiLoginStatus.InitiatorError,
        IscsiFormatReason.UnknownOpcode => IscsiLoginStatus.InvalidDuringLogin,
        _ => IscsiLoginStatus.InitiatorError,
    };

    /// <summary>Whether the connection can go on after the failure (the PDU's length was trustworthy), or must be dropped.</summary>
    /// <remarks>A header digest error or a bad length leaves no way to find the next PDU boundary (§7.8): the connection ends.</remarks>
    public static bool KeepsFraming(IscsiFormatReason reason) => reason switch
    {
        IscsiFormatReason.HeaderDigestMismatch or IscsiFormatReason.BadDataSegmentLength or IscsiFormatReason.BadAhs => false,
        IscsiFormatReason.TruncatedBhs or IscsiFormatReason.TruncatedAhs or IscsiFormatReason.TruncatedData
            or IscsiFormatReason.TruncatedDigest => false,
        _ => true,
    };
}
