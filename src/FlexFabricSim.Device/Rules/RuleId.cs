namespace FlexFabricSim.Device.Rules;

/// <summary>Which rule refused a change (each has a message a trainee understands and, where the guide says so, a page).</summary>
public enum RuleId
{
    /// <summary>No field has that key.</summary>
    UnknownKey,

    /// <summary>The port or function does not exist on this card.</summary>
    AddressOutOfRange,

    /// <summary>A function other than 0 was addressed while the card is in single-function mode.</summary>
    FunctionNotAddressable,

    /// <summary>The field is always read-only (addresses, option ROM facts).</summary>
    ReadOnlyField,

    /// <summary>An <c>iscsi.*</c> field was changed while no iSCSI boot firmware is programmed (G p.6, T8 p.27).</summary>
    IscsiBootFirmwareAbsent,

    /// <summary>A Multi-Function (<c>npar.*</c>) field was changed in single-function mode.</summary>
    MultiFunctionModeRequired,

    /// <summary>HBA Boot Mode cannot change while the adapter is in Multi-Function mode (G p.6, 8, 18).</summary>
    HbaBootModeLockedInMultiFunction,

    /// <summary>VLAN ID is read-only while VLAN Mode is disabled (D).</summary>
    VlanIdReadOnlyWhileVlanDisabled,

    /// <summary>TCP/IP parameters via DHCP applies to IPv4 only and is read-only under IPv6 (SPEC).</summary>
    TcpIpViaDhcpIsIpv4Only,

    /// <summary>IP Autoconfiguration applies to IPv6 only and is read-only under IPv4 (D).</summary>
    IpAutoconfigurationIsIpv6Only,

    /// <summary>Not one of the field's choices.</summary>
    NotAChoice,

    /// <summary>Not a whole decimal number.</summary>
    NotAnInteger,

    /// <summary>A number outside the field's range.</summary>
    OutOfRange,

    /// <summary>Longer than the field holds.</summary>
    TooLong,

    /// <summary>Characters the card's menus cannot enter (printable ASCII only).</summary>
    InvalidCharacters,

    /// <summary>CHAP secret neither empty nor 12 to 16 characters (G p.9; D).</summary>
    ChapSecretLength,

    /// <summary>Not an IPv4 or IPv6 address of the selected IP Version.</summary>
    InvalidIpAddress,

    /// <summary>Not a contiguous IPv4 mask, or not a prefix length 0-128 under IPv6.</summary>
    InvalidSubnetMask,

    /// <summary>Not a MAC address.</summary>
    InvalidMacAddress,

    /// <summary>Not an IQN or EUI name (RFC 7143 §4.2.7).</summary>
    InvalidIscsiName,

    /// <summary>Target as First HDD cannot be enabled on HP FlexFabric adapters (G p.6).</summary>
    TargetAsFirstHddUnsupported,

    /// <summary>A link speed the port's media cannot run (SFP+: 10Gbps only, G p.26 T5).</summary>
    LinkSpeedNotSupportedByMedia,
}
