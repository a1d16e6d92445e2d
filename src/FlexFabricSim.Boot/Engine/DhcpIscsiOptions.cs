namespace FlexFabricSim.Boot.Engine;

/// <summary>
/// What a DHCP answer carried for iSCSI boot, whichever DHCP it came from: the root path (IPv4 option 17), the vendor class
/// and whether it matched DHCP Vendor ID, and the vendor sub-options 201, 202 and 203 (IPv4 option 43, DHCPv6 option 17).
/// </summary>
/// <param name="Protocol">For messages: <c>DHCP</c> or <c>DHCPv6</c>.</param>
/// <param name="RootPath">Option 17 (IPv4 only).</param>
/// <param name="VendorClass">The answer's vendor class (option 60, or DHCPv6 option 16's data), if any.</param>
/// <param name="VendorMatched">Whether the vendor class matched DHCP Vendor ID, so the vendor sub-options count.</param>
/// <param name="FirstTarget">Sub-option 201.</param>
/// <param name="SecondTarget">Sub-option 202.</param>
/// <param name="InitiatorName">Sub-option 203.</param>
/// <param name="HasVendorOptions">Whether the answer carried the vendor options at all (read only when the vendor class matched).</param>
public sealed record DhcpIscsiOptions(
    string Protocol,
    string? RootPath,
    string? VendorClass,
    bool VendorMatched,
    string? FirstTarget,
    string? SecondTarget,
    string? InitiatorName,
    bool HasVendorOptions);
