namespace FlexFabricSim.Net.Dhcp6;

/// <summary>
/// DHCPv6 option codes the adapter sends, reads, or meets from real servers (RFC 8415 §21, RFC 3646); values are wire values.
/// </summary>
public enum Dhcp6OptionCode : ushort
{
    /// <summary>Client identifier, a DUID (RFC 8415 §21.2).</summary>
    ClientId = 1,

    /// <summary>Server identifier, a DUID (RFC 8415 §21.3).</summary>
    ServerId = 2,

    /// <summary>Identity association for non-temporary addresses (RFC 8415 §21.4).</summary>
    IaNa = 3,

    /// <summary>Identity association for temporary addresses (RFC 8415 §21.5).</summary>
    IaTa = 4,

    /// <summary>An address inside an IA (RFC 8415 §21.6).</summary>
    IaAddress = 5,

    /// <summary>Option request: the codes the client wants (RFC 8415 §21.7).</summary>
    OptionRequest = 6,

    /// <summary>Server preference 0-255 (RFC 8415 §21.8).</summary>
    Preference = 7,

    /// <summary>Time since the client began the exchange, in hundredths of a second (RFC 8415 §21.9).</summary>
    ElapsedTime = 8,

    /// <summary>Status code and message (RFC 8415 §21.13).</summary>
    StatusCode = 13,

    /// <summary>Rapid commit: two-message exchange (RFC 8415 §21.14).</summary>
    RapidCommit = 14,

    /// <summary>User class (RFC 8415 §21.15).</summary>
    UserClass = 15,

    /// <summary>
    /// Vendor class: enterprise number and class data; the adapter's is 4413 + <c>BRCM ISAN</c> (RFC 8415 §21.16; G p.11).
    /// </summary>
    VendorClass = 16,

    /// <summary>Vendor-specific information: enterprise number and sub-options, Broadcom's 201-203 (RFC 8415 §21.17; G p.11).</summary>
    VendorOptions = 17,

    /// <summary>DNS recursive name servers (RFC 3646 §3).</summary>
    DnsServers = 23,

    /// <summary>Domain search list (RFC 3646 §4).</summary>
    DomainList = 24,
}
