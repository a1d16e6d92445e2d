namespace FlexFabricSim.Net.Errors;

/// <summary>
/// The field of an iSCSI root path <c>iscsi:&lt;server&gt;:&lt;protocol&gt;:&lt;port&gt;:&lt;LUN&gt;:&lt;name&gt;</c> (RFC 4173 §5) that is
/// wrong.
/// </summary>
public enum RootPathField
{
    /// <summary>The literal <c>iscsi:</c> prefix.</summary>
    Scheme,

    /// <summary>The target's IP address or DNS name (IPv6 in brackets).</summary>
    Server,

    /// <summary>The IP protocol number: empty or 6 (TCP).</summary>
    Protocol,

    /// <summary>The TCP port: empty (3260) or 1-65535.</summary>
    Port,

    /// <summary>The LUN in hex: empty (0), up to four dash-separated levels of up to 4 hex digits.</summary>
    Lun,

    /// <summary>The iSCSI target name (iqn., eui. or naa. form, RFC 3720 §3.2.6).</summary>
    TargetName,
}
