namespace FlexFabricSim.Net.Errors;

/// <summary>Why an iSCSI root path (RFC 4173 §5) was rejected; <see cref="RootPathFormatException.Field"/> names the field.</summary>
public enum RootPathFormatReason
{
    /// <summary>The text does not start with <c>iscsi:</c>.</summary>
    MissingScheme,

    /// <summary>Fewer than the five colon-separated fields after <c>iscsi:</c>.</summary>
    MissingField,

    /// <summary>A required field (server, target name) is empty.</summary>
    EmptyField,

    /// <summary>The server is neither an IPv4 address, a bracketed IPv6 address nor a DNS name.</summary>
    BadServer,

    /// <summary>The protocol is not 6 (TCP), the only one iSCSI boot uses.</summary>
    UnsupportedProtocol,

    /// <summary>A number field (protocol, port) is not a decimal number in range.</summary>
    BadNumber,

    /// <summary>The LUN is not up to four dash-separated levels of 1-4 hex digits.</summary>
    BadLun,

    /// <summary>The target name is not an iqn., eui. or naa. name, is too long, or holds control characters or spaces.</summary>
    BadTargetName,
}
