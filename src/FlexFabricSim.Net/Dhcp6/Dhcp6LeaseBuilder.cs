using FlexFabricSim.Net.Dhcp;

namespace FlexFabricSim.Net.Dhcp6;

/// <summary>
/// Turns the chosen Advertise and its Reply into a <see cref="Dhcp6Lease"/>, reading option 17 only when option 16 matches (G p.11).
/// </summary>
public static class Dhcp6LeaseBuilder
{
    /// <summary>Builds the lease; the Reply wins, and vendor options it lacks are taken from the Advertise.</summary>
    /// <exception cref="ArgumentException">The Reply carries no address or no server id (the client drops such a Reply before calling
    /// this).</exception>
    public static Dhcp6Lease Build(Dhcp6Message advertise, Dhcp6Message reply, Dhcp6ClientOptions options)
    {
        var address = FirstAddress(reply) ?? throw new ArgumentException("the Reply assigns no address", nameof(reply));
        var serverId = reply.ServerId ?? throw new ArgumentException("the Reply has no server id", nameof(reply));
        var classes = reply.VendorClasses.Count > 0 ? reply.VendorClasses : advertise.VendorClasses;
        var vendorOptions = reply.VendorOptions.Count > 0 ? reply.VendorOptions : advertise.VendorOptions;
        // Any enterprise number is accepted, as Broadcom's own code does (SPEC, source U); the data is what must match.
        var matched = classes.SelectMany(c => c.ItemTexts)
            .Any(text => VendorIdMatcher.Matches(options.VendorId, text, options.VendorIdMatching));

        var lease = new Dhcp6Lease
        {
            Address = address.Address,
            PreferredLifetime = Lifetime(address.PreferredLifetimeSeconds),
            ValidLifetime = Lifetime(address.ValidLifetimeSeconds),
            DnsServers = reply.DnsServers.Count > 0 ? reply.DnsServers : advertise.DnsServers,
            ServerId = serverId,
            VendorClassEnterprise = classes.FirstOrDefault()?.EnterpriseNumber,
            VendorClass = [.. classes.SelectMany(c => c.ItemTexts)],
            VendorMatched = matched,
            HasVendorOptions = vendorOptions.Count > 0,
        };
        if (!matched || vendorOptions.Count == 0)
        {
            return lease;
        }
        // The first option 17 that carries Broadcom's sub-options; a server may add other enterprises' options 17 too.
        var vendor = vendorOptions.FirstOrDefault(
                v => v.FirstTarget is not null || v.SecondTarget is not null || v.InitiatorName is not null)
            ?? vendorOptions[0];
        return lease with
        {
            VendorOptionsEnterprise = vendor.EnterpriseNumber,
            FirstTarget = OfferedRootPath.From(vendor.FirstTarget),
            SecondTarget = OfferedRootPath.From(vendor.SecondTarget),
            InitiatorName = vendor.InitiatorName,
        };
    }

    /// <summary>The first IA Address of the first IA_NA with a usable address (valid lifetime above zero); null when none.</summary>
    public static Dhcp6IaAddress? FirstAddress(Dhcp6Message message) =>
        message.IaNas.Where(ia => ia.Status is null or { Code: Dhcp6StatusCode.Success })
            .SelectMany(ia => ia.Addresses)
            .FirstOrDefault(a => a.ValidLifetimeSeconds > 0);

    private static TimeSpan Lifetime(uint seconds) => seconds == uint.MaxValue ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(seconds);
}
