namespace FlexFabricSim.Net.Dhcp;

/// <summary>How the server's vendor class is compared with the adapter's DHCP Vendor ID (G p.6).</summary>
/// <remarks>
/// Whether the 57810 ROM compares exactly or by prefix is *unverified* (SPEC "General Parameters"); Broadcom's DHCPv6 code
/// (SPEC source U) compares a prefix. Both are offered so a scenario can show either; the comparison is case-sensitive.
/// </remarks>
public enum VendorIdMatching
{
    /// <summary>The server's value equals the DHCP Vendor ID.</summary>
    Exact,

    /// <summary>The server's value starts with the DHCP Vendor ID.</summary>
    Prefix,
}

/// <summary>The vendor-class comparison rule in one place.</summary>
public static class VendorIdMatcher
{
    /// <summary>
    /// Whether <paramref name="offered"/> (option 60, or a DHCPv6 vendor-class item) matches <paramref name="configured"/>.
    /// </summary>
    public static bool Matches(string configured, string? offered, VendorIdMatching matching) =>
        offered is not null && configured.Length > 0 && matching switch
        {
            VendorIdMatching.Exact => string.Equals(offered, configured, StringComparison.Ordinal),
            VendorIdMatching.Prefix => offered.StartsWith(configured, StringComparison.Ordinal),
            _ => false,
        };
}
