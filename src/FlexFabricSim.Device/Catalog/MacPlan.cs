namespace FlexFabricSim.Device.Catalog;

/// <summary>
/// Where each port's and function's MAC addresses come from, given the card's base MAC. The single place to correct the
/// plan: it is *unverified* (SPEC "Adapters"). The base MAC given when an image is made is port 0 / function 0's Ethernet MAC;
/// each port owns a block of <see cref="BlockSizePerPort"/> addresses; in it, function f's Ethernet MAC is at 2f and its
/// iSCSI MAC right after it (SPEC, from D: <c>...:1B</c> Ethernet, <c>...:1C</c> iSCSI).
/// </summary>
public static class MacPlan
{
    /// <summary>Addresses reserved per port: 4 functions x (Ethernet + iSCSI).</summary>
    public const int BlockSizePerPort = 8;

    /// <summary>Distance between two functions' Ethernet MACs on one port.</summary>
    public const int StridePerFunction = 2;

    /// <summary>Distance from a function's Ethernet MAC to its iSCSI MAC.</summary>
    public const int IscsiOffset = 1;

    /// <summary>The Ethernet MAC of <paramref name="port"/> / <paramref name="function"/>.</summary>
    public static MacAddress Ethernet(MacAddress baseMac, int port, int function) =>
        baseMac.Add(Offset(port, function));

    /// <summary>The iSCSI (offload) MAC of <paramref name="port"/> / <paramref name="function"/>.</summary>
    public static MacAddress Iscsi(MacAddress baseMac, int port, int function) =>
        baseMac.Add(Offset(port, function) + IscsiOffset);

    /// <summary>How many consecutive addresses from the base a card with <paramref name="ports"/> ports uses.</summary>
    public static int AddressesUsed(int ports) => ports * BlockSizePerPort;

    /// <summary>Why <paramref name="baseMac"/> cannot be a card's base MAC, or <c>null</c> if it can.</summary>
    public static string? CheckBase(MacAddress baseMac, AdapterModelInfo model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (baseMac.IsZero)
        {
            return "00:00:00:00:00:00 is not a station address; give the card's base MAC.";
        }
        if (baseMac.IsMulticast)
        {
            return $"{baseMac} is a multicast (group) address: the first octet must be even.";
        }
        // A unicast base is at most FE:FF:FF:FF:FF:FF, so the block always fits in 48 bits, but it can carry into an odd first octet.
        var needed = AddressesUsed(model.PortCount);
        if (baseMac.Add(needed - 1).IsMulticast)
        {
            return $"{baseMac} leaves no room for the {needed} consecutive unicast addresses the card uses.";
        }
        return null;
    }

    private static int Offset(int port, int function)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(port);
        ArgumentOutOfRangeException.ThrowIfNegative(function);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(function, BlockSizePerPort / StridePerFunction);
        return (port * BlockSizePerPort) + (function * StridePerFunction);
    }
}
