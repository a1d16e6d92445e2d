namespace FlexFabricSim.Net.Errors;

/// <summary>Why a DHCPv4 (RFC 2131/2132) or DHCPv6 (RFC 8415) message, or an option inside one, was rejected by its decoder.</summary>
public enum DhcpFormatReason
{
    /// <summary>
    /// Shorter than the fixed header: 236 bytes plus the 4-byte magic cookie for DHCPv4 (RFC 2131 §2), 4 bytes for DHCPv6 (RFC 8415 §8).
    /// </summary>
    TruncatedHeader,

    /// <summary>The DHCPv4 magic cookie is not 99.130.83.99 (RFC 2131 §3).</summary>
    BadMagicCookie,

    /// <summary>The DHCPv4 op field is neither BOOTREQUEST (1) nor BOOTREPLY (2) (RFC 2131 §2).</summary>
    UnknownOpcode,

    /// <summary>The DHCPv4 hlen field is larger than the 16-byte chaddr field (RFC 2131 §2).</summary>
    BadHardwareAddressLength,

    /// <summary>An option's code, length or data runs past the end of the message or of its enclosing option.</summary>
    TruncatedOption,

    /// <summary>The DHCPv4 options end without the END option (RFC 2132 §3.2).</summary>
    MissingEndOption,

    /// <summary>A known option's length does not fit its type (for example a subnet mask that is not 4 bytes).</summary>
    BadOptionLength,

    /// <summary>A known option holds a value its RFC does not allow (for example an option-overload value other than 1-3).</summary>
    BadOptionValue,

    /// <summary>
    /// An encapsulated sub-option (DHCPv4 option 43 RFC 2132 §8.4, DHCPv6 option 17 RFC 8415 §21.17) runs past its option.
    /// </summary>
    TruncatedSubOption,

    /// <summary>
    /// A DHCPv6 relay-agent message (RELAY-FORW/RELAY-REPL, RFC 8415 §9): never seen by a client or a server on the same link.
    /// </summary>
    RelayMessage,
}
