using System.Net;
using System.Net.NetworkInformation;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Dhcp4;

namespace FlexFabricSim.Net.Tests.Dhcp4;

/// <summary>The simulated DHCPv4 server: what it offers, to whom, and the faults it can play.</summary>
public sealed class Dhcp4ServerLogicTests
{
    private static readonly Dhcp4ClientOptions Client = new() { MacAddress = MacAddress.Parse("00-10-18-AA-BB-1C") };

    private static Dhcp4ServerProfile Profile => new()
    {
        ServerAddress = IPAddress.Parse("192.0.2.1"),
        PoolStart = IPAddress.Parse("192.0.2.50"),
        PoolSize = 2,
        VendorOptions = Dhcp4VendorOptions.ForIscsiBoot("iscsi:192.0.2.1::::iqn.2003-01.org.example:disk1"),
    };

    private static Dhcp4Message Discover(Dhcp4ClientOptions? options = null) =>
        new Dhcp4ClientSession(options ?? Client, new Random(1)).Start(TimeSpan.Zero).Send!;

    [Fact]
    public void A_brcm_client_gets_option_60_echoed_and_option_43_and_no_dns_when_none_is_configured()
    {
        var offer = new Dhcp4ServerLogic(Profile).Handle(Discover(), out var drop)!;

        Assert.Null(drop);
        Assert.Equal(Dhcp4MessageType.Offer, offer.MessageType);
        Assert.Equal(Dhcp4Opcode.BootReply, offer.Opcode);
        Assert.Equal(Dhcp4Flags.Broadcast, offer.Flags);
        Assert.Equal("BRCM ISAN", offer.VendorClassIdentifier);
        Assert.NotNull(offer.VendorSpecificInformation);
        Assert.False(offer.HasOption(Dhcp4OptionCode.DomainNameServer));
        Assert.False(offer.HasOption(Dhcp4OptionCode.RootPath));
    }

    [Fact]
    public void Another_vendor_class_gets_neither_60_nor_43()
    {
        var offer = new Dhcp4ServerLogic(Profile).Handle(Discover(Client with { VendorId = "BRCM ISANX" }), out _)!;

        Assert.Null(offer.VendorClassIdentifier);
        Assert.Null(offer.VendorSpecificInformation);
    }

    [Fact]
    public void The_wrong_vendor_id_fault_answers_with_another_option_60()
    {
        var offer = new Dhcp4ServerLogic(Profile with { VendorClassToSend = "QLGC ISAN" }).Handle(Discover(), out _)!;

        Assert.Equal("QLGC ISAN", offer.VendorClassIdentifier);
    }

    [Fact]
    public void The_dnsmasq_style_end_byte_is_inside_option_43()
    {
        var offer = new Dhcp4ServerLogic(Profile with { EndByteInVendorOptions = true }).Handle(Discover(), out _)!;

        Assert.Equal(0xff, offer.VendorSpecificInformation!.Value[^1]);
        var vendor = Dhcp4VendorOptions.Decode(offer.VendorSpecificInformation.Value.AsSpan());
        Assert.Equal("iscsi:192.0.2.1::::iqn.2003-01.org.example:disk1", vendor.FirstTarget);
    }

    [Fact]
    public void A_silent_server_answers_nothing()
    {
        Assert.Null(new Dhcp4ServerLogic(Profile with { Silent = true }).Handle(Discover(), out var drop));
        Assert.Null(drop);
    }

    [Fact]
    public void A_client_keeps_its_address_and_the_pool_runs_out()
    {
        var server = new Dhcp4ServerLogic(Profile);
        var macs = new[] { "00-10-18-AA-BB-1C", "00-10-18-AA-BB-1E", "00-10-18-AA-BB-20" };

        var offers = macs.Select(m => server.Handle(Discover(Client with { MacAddress = MacAddress.Parse(m) }), out _)).ToList();
        var again = server.Handle(Discover(), out _)!;

        Assert.Equal(IPAddress.Parse("192.0.2.50"), offers[0]!.YourAddress);
        Assert.Equal(IPAddress.Parse("192.0.2.51"), offers[1]!.YourAddress);
        Assert.Null(offers[2]);
        Assert.Equal(offers[0]!.YourAddress, again.YourAddress);
    }

    [Fact]
    public void Requests_for_another_server_are_ignored_and_unoffered_addresses_are_refused()
    {
        var server = new Dhcp4ServerLogic(Profile);
        var session = new Dhcp4ClientSession(Client, new Random(2));
        var request = session.Receive(server.Handle(session.Start(TimeSpan.Zero).Send!, out _)!, TimeSpan.Zero).Send!;

        var elsewhere = request with
        {
            Options = [.. request.Options.Select(o => o.Code == Dhcp4OptionCode.ServerIdentifier
                ? Dhcp4Option.FromAddresses(Dhcp4OptionCode.ServerIdentifier, IPAddress.Parse("192.0.2.9")) : o)],
        };
        var otherAddress = request with
        {
            Options = [.. request.Options.Select(o => o.Code == Dhcp4OptionCode.RequestedIpAddress
                ? Dhcp4Option.FromAddresses(Dhcp4OptionCode.RequestedIpAddress, IPAddress.Parse("192.0.2.99")) : o)],
        };

        Assert.Null(server.Handle(elsewhere, out _));
        Assert.Equal(Dhcp4MessageType.Nak, server.Handle(otherAddress, out _)!.MessageType);
        Assert.Equal(Dhcp4MessageType.Ack, server.Handle(request, out _)!.MessageType);
    }

    [Fact]
    public void Replies_and_unknown_types_are_dropped_with_a_reason()
    {
        var server = new Dhcp4ServerLogic(Profile);
        var offer = server.Handle(Discover(), out _)!;

        Assert.Null(server.Handle(offer, out var wrongDirection));
        Assert.Equal(DhcpDropReason.WrongDirection, wrongDirection);
        Assert.Null(server.Handle(Discover() with { Options = [Dhcp4Option.FromByte(Dhcp4OptionCode.MessageType, 8)] }, out var inform));
        Assert.Equal(DhcpDropReason.UnexpectedMessageType, inform);
    }
}
