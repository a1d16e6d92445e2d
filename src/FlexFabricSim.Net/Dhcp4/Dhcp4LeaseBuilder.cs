using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Errors;

namespace FlexFabricSim.Net.Dhcp4;

/// <summary>
/// Turns the chosen OFFER and its ACK into a <see cref="Dhcp4Lease"/>, reading option 43 only when option 60 matches (G p.6, p.10).
/// </summary>
public static class Dhcp4LeaseBuilder
{
    /// <summary>Builds the lease; the ACK wins, and an option it lacks is taken from the OFFER.</summary>
    /// <exception cref="ArgumentException">The ACK has no server identifier (the client drops such an ACK before calling this).</exception>
    public static Dhcp4Lease Build(Dhcp4Message offer, Dhcp4Message ack, Dhcp4ClientOptions options)
    {
        var serverId = ack.ServerIdentifier ?? offer.ServerIdentifier
            ?? throw new ArgumentException("the ACK and OFFER carry no server identifier", nameof(ack));
        var vendorClass = ack.VendorClassIdentifier ?? offer.VendorClassIdentifier;
        var vendorMatched = VendorIdMatcher.Matches(options.VendorId, vendorClass, options.VendorIdMatching);
        var vendorData = ack.VendorSpecificInformation ?? offer.VendorSpecificInformation;

        var lease = new Dhcp4Lease
        {
            Address = ack.YourAddress,
            SubnetMask = ack.SubnetMask ?? offer.SubnetMask,
            Router = (ack.HasOption(Dhcp4OptionCode.Router) ? ack.Routers : offer.Routers).FirstOrDefault(),
            DnsServers = ack.HasOption(Dhcp4OptionCode.DomainNameServer) ? ack.DomainNameServers : offer.DomainNameServers,
            ServerIdentifier = serverId,
            LeaseTime = ack.LeaseTime ?? offer.LeaseTime,
            RootPath = OfferedRootPath.From(ack.RootPath ?? offer.RootPath),
            VendorClass = vendorClass,
            VendorMatched = vendorMatched,
            HasVendorOptions = vendorData is not null,
        };
        if (!vendorMatched || vendorData is not { } data)
        {
            // Another vendor's option 43 has another vendor's format: it is not read at all (RFC 2132 §8.4).
            return lease;
        }

        try
        {
            var vendor = Dhcp4VendorOptions.Decode(data.AsSpan());
            return lease with
            {
                FirstTarget = OfferedRootPath.From(vendor.FirstTarget),
                SecondTarget = OfferedRootPath.From(vendor.SecondTarget),
                InitiatorName = vendor.InitiatorName,
            };
        }
        catch (DhcpFormatException error)
        {
            return lease with { VendorOptionsProblem = error.Message };
        }
    }
}
