using System.Net;
using System.Net.NetworkInformation;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Dhcp6;

namespace FlexFabricSim.Net.Tests.Dhcp6;

/// <summary>The simulated DHCPv6 server: Kea-like answers to the card's vendor class, and the faults it can play.</summary>
public sealed class Dhcp6ServerLogicTests
{
    private static readonly Dhcp6ClientOptions Client = new() { MacAddress = MacAddress.Parse("00-10-18-AA-BB-1C") };

    private static readonly Dhcp6ServerProfile Profile = new()
    {
        ServerDuid = Dhcp6Duid.FromLinkLayer(MacAddress.Parse("02-00-00-00-00-01")),
        PoolStart = IPAddress.Parse("2001:db8::ff"),
        PoolSize = 2,
        VendorOptions = Dhcp6VendorOptions.ForIscsiBoot("iscsi:[2001:db8::1]::::iqn.2003-01.org.example:disk1"),
    };

    private static Dhcp6Message Solicit(Dhcp6ClientOptions? options = null)
    {
        var session = new Dhcp6ClientSession(options ?? Client, new Random(1));
        return session.Timeout(session.Start(TimeSpan.Zero).TimeoutAfter!.Value).Send!;
    }

    [Fact]
    public void A_brcm_client_gets_vendor_class_and_vendor_options_like_kea_sends_them()
    {
        var advertise = new Dhcp6ServerLogic(Profile).Handle(Solicit(), out var drop)!;

        Assert.Null(drop);
        Assert.Equal(Dhcp6MessageType.Advertise, advertise.MessageType);
        var vendorClassData = advertise.FindOption(Dhcp6OptionCode.VendorClass)!.Data.AsSpan();
        Assert.Equal("0000113d00094252434d204953414e", Convert.ToHexStringLower(vendorClassData));
        Assert.Equal(4413u, Assert.Single(advertise.VendorOptions).EnterpriseNumber);
        Assert.Equal(IPAddress.Parse("2001:db8::ff"), Assert.Single(Assert.Single(advertise.IaNas).Addresses).Address);
    }

    [Fact]
    public void Addresses_count_up_across_the_byte_boundary_and_the_pool_runs_out()
    {
        var server = new Dhcp6ServerLogic(Profile);
        var addresses = new[] { "00-10-18-AA-BB-1C", "00-10-18-AA-BB-1E", "00-10-18-AA-BB-20" }
            .Select(m => server.Handle(Solicit(Client with { MacAddress = MacAddress.Parse(m) }), out _)!)
            .Select(a => a.IaNas[0].Addresses.FirstOrDefault()?.Address)
            .ToList();

        Assert.Equal([IPAddress.Parse("2001:db8::ff"), IPAddress.Parse("2001:db8::100"), null], addresses);
    }

    [Fact]
    public void Another_vendor_gets_neither_16_nor_17_and_a_dnsmasq_like_server_sends_no_16()
    {
        var other = new Dhcp6ServerLogic(Profile).Handle(Solicit(Client with { VendorId = "BRCM ISANX" }), out _)!;
        var dnsmasqLike = new Dhcp6ServerLogic(Profile with { VendorClassToSend = null }).Handle(Solicit(), out _)!;

        Assert.Empty(other.VendorClasses);
        Assert.Empty(other.VendorOptions);
        Assert.Empty(dnsmasqLike.VendorClasses);
        Assert.Single(dnsmasqLike.VendorOptions);
    }

    [Fact]
    public void Requests_for_another_server_and_silent_servers_get_nothing()
    {
        var request = Solicit() with { MessageType = Dhcp6MessageType.Request };

        Assert.Null(new Dhcp6ServerLogic(Profile).Handle(request, out var drop));
        Assert.Null(drop);
        Assert.Null(new Dhcp6ServerLogic(Profile with { Silent = true }).Handle(Solicit(), out _));
    }

    [Fact]
    public void Server_messages_and_solicits_without_a_client_id_are_dropped_with_a_reason()
    {
        var server = new Dhcp6ServerLogic(Profile);
        var advertise = server.Handle(Solicit(), out _)!;
        var anonymous = Solicit() with { Options = [.. Solicit().Options.Where(o => o.Code != Dhcp6OptionCode.ClientId)] };

        Assert.Null(server.Handle(advertise, out var direction));
        Assert.Equal(DhcpDropReason.WrongDirection, direction);
        Assert.Null(server.Handle(anonymous, out var clientId));
        Assert.Equal(DhcpDropReason.WrongClientId, clientId);
    }
}
