using System.Net;
using System.Net.NetworkInformation;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Dhcp4;

namespace FlexFabricSim.Net.Tests.Dhcp4;

/// <summary>The DHCPv4 client's protocol logic with no network: messages, validation, timing and outcomes.</summary>
public sealed class Dhcp4ClientSessionTests
{
    private static readonly MacAddress Mac = MacAddress.Parse("00-10-18-AA-BB-1C");
    private static readonly Dhcp4ClientOptions Options = new() { MacAddress = Mac };

    private static Dhcp4ServerProfile Server => new()
    {
        ServerAddress = IPAddress.Parse("192.0.2.1"),
        PoolStart = IPAddress.Parse("192.0.2.50"),
        Router = IPAddress.Parse("192.0.2.1"),
        DnsServers = [IPAddress.Parse("192.0.2.53")],
        RootPath = "iscsi:192.0.2.1::3260:1:iqn.2003-01.org.example:disk1",
        VendorOptions = Dhcp4VendorOptions.ForIscsiBoot("iscsi:192.0.2.1::3260:40:iqn.2003-01.org.example:disk1",
            "iscsi:192.0.2.2::::iqn.2003-01.org.example:disk2", "iqn.1995-05.com.broadcom:initiator"),
    };

    [Fact]
    public void The_discover_is_a_broadcast_from_the_port_mac_with_vendor_id_and_request_list()
    {
        var session = new Dhcp4ClientSession(Options, new Random(1));

        var discover = session.Start(TimeSpan.Zero).Send!;

        Assert.Equal(Dhcp4ClientState.Selecting, session.State);
        Assert.Equal(Dhcp4Opcode.BootRequest, discover.Opcode);
        Assert.Equal(Dhcp4MessageType.Discover, discover.MessageType);
        Assert.Equal(session.TransactionId, discover.TransactionId);
        Assert.Equal(new PhysicalAddress(Mac.ToArray()), discover.ClientHardwareAddress);
        Assert.Equal(Dhcp4Flags.Broadcast, discover.Flags);
        Assert.Equal(IPAddress.Any, discover.ClientAddress);
        Assert.Equal("BRCM ISAN", discover.VendorClassIdentifier);
        Assert.Equal([1, 3, 6, 12, 15, 17, 43, 60], discover.ParameterRequestList.Select(c => (int)c));
        Assert.Equal("01001018aabb1c", Convert.ToHexStringLower(discover.ClientIdentifier!.Value.AsSpan()));
    }

    [Fact]
    public void A_full_exchange_with_the_simulated_server_gives_the_lease_and_the_iscsi_parameters()
    {
        var session = new Dhcp4ClientSession(Options, new Random(2));
        var server = new Dhcp4ServerLogic(Server);

        var offer = server.Handle(session.Start(TimeSpan.Zero).Send!, out _)!;
        var requestStep = session.Receive(offer, TimeSpan.FromSeconds(1));
        var request = requestStep.Send!;
        var ack = server.Handle(request, out _)!;
        var bound = session.Receive(ack, TimeSpan.FromSeconds(1.2));

        Assert.Equal(Dhcp4MessageType.Request, request.MessageType);
        Assert.Equal(offer.YourAddress, request.RequestedIpAddress);
        Assert.Equal(IPAddress.Parse("192.0.2.1"), request.ServerIdentifier);
        Assert.Equal(Dhcp4ClientState.Bound, session.State);
        var lease = bound.Lease!;
        Assert.Equal(IPAddress.Parse("192.0.2.50"), lease.Address);
        Assert.Equal(IPAddress.Parse("255.255.255.0"), lease.SubnetMask);
        Assert.Equal(IPAddress.Parse("192.0.2.1"), lease.Router);
        Assert.Equal([IPAddress.Parse("192.0.2.53")], lease.DnsServers);
        Assert.Equal(TimeSpan.FromHours(1), lease.LeaseTime);
        Assert.True(lease.VendorMatched);
        Assert.Equal("BRCM ISAN", lease.VendorClass);
        Assert.Equal(1, lease.RootPath!.Value!.LunNumber);
        Assert.Equal(64, lease.FirstTarget!.Value!.LunNumber);
        Assert.Equal("192.0.2.2", lease.SecondTarget!.Value!.Server);
        Assert.Equal("iqn.1995-05.com.broadcom:initiator", lease.InitiatorName);
    }

    [Fact]
    public void Discovers_back_off_4_8_16_32_seconds_with_jitter_then_give_up()
    {
        var session = new Dhcp4ClientSession(Options, new Random(3));
        var delays = new List<TimeSpan> { session.Start(TimeSpan.Zero).RetransmitAfter!.Value };
        var xid = session.TransactionId;

        for (var i = 0; i < 3; i++)
        {
            var step = session.Timeout(delays.Aggregate(TimeSpan.Zero, (a, b) => a + b));
            Assert.Equal(Dhcp4MessageType.Discover, step.Send!.MessageType);
            Assert.Equal(xid, step.Send.TransactionId);
            delays.Add(step.RetransmitAfter!.Value);
        }
        var last = session.Timeout(TimeSpan.FromSeconds(60));

        Assert.All(delays.Zip([4.0, 8, 16, 32]), p => Assert.InRange(p.First.TotalSeconds, p.Second - 1, p.Second + 1));
        Assert.Equal(DhcpFailure.NoOffer, last.Failure);
        Assert.Equal(Dhcp4ClientState.Failed, session.State);
    }

    [Fact]
    public void The_secs_field_counts_from_the_start_and_the_request_keeps_the_discover_value()
    {
        var session = new Dhcp4ClientSession(Options, new Random(4));
        var server = new Dhcp4ServerLogic(Server);
        session.Start(TimeSpan.Zero);

        var second = session.Timeout(TimeSpan.FromSeconds(4.2)).Send!;
        var request = session.Receive(server.Handle(second, out _)!, TimeSpan.FromSeconds(6)).Send!;
        var again = session.Timeout(TimeSpan.FromSeconds(10)).Send!;

        Assert.Equal(4, second.Seconds);
        Assert.Equal(4, request.Seconds);
        Assert.Equal(request, again);
    }

    [Fact]
    public void Requests_are_retransmitted_then_the_client_gives_up_without_an_ack()
    {
        var session = new Dhcp4ClientSession(Options, new Random(5));
        var server = new Dhcp4ServerLogic(Server);
        session.Receive(server.Handle(session.Start(TimeSpan.Zero).Send!, out _)!, TimeSpan.Zero);

        var steps = Enumerable.Range(1, 4).Select(i => session.Timeout(TimeSpan.FromSeconds(10 * i))).ToList();

        Assert.All(steps.Take(3), s => Assert.Equal(Dhcp4MessageType.Request, s.Send?.MessageType));
        Assert.Equal(DhcpFailure.NoAcknowledgement, steps[^1].Failure);
    }

    public static TheoryData<string, DhcpDropReason> Drops => new()
    {
        { "request-not-reply", DhcpDropReason.WrongDirection },
        { "other-xid", DhcpDropReason.WrongTransactionId },
        { "other-chaddr", DhcpDropReason.WrongClientHardwareAddress },
        { "ack-while-selecting", DhcpDropReason.UnexpectedMessageType },
        { "no-server-id", DhcpDropReason.MissingServerIdentifier },
        { "no-address", DhcpDropReason.NoAddress },
        { "garbage", DhcpDropReason.Malformed },
    };

    [Theory]
    [MemberData(nameof(Drops))]
    public void Invalid_replies_are_dropped_with_a_reason_and_change_nothing(string kind, DhcpDropReason reason)
    {
        var session = new Dhcp4ClientSession(Options, new Random(6));
        var offer = new Dhcp4ServerLogic(Server).Handle(session.Start(TimeSpan.Zero).Send!, out _)!;
        var bad = kind switch
        {
            "request-not-reply" => offer with { Opcode = Dhcp4Opcode.BootRequest },
            "other-xid" => offer with { TransactionId = offer.TransactionId + 1 },
            "other-chaddr" => offer with { ClientHardwareAddress = PhysicalAddress.Parse("00-10-18-AA-BB-1D") },
            "ack-while-selecting" => offer with
            {
                Options = [Dhcp4Option.FromByte(Dhcp4OptionCode.MessageType, 5), .. offer.Options.Skip(1)],
            },
            "no-server-id" => offer with { Options = [.. offer.Options.Where(o => o.Code != Dhcp4OptionCode.ServerIdentifier)] },
            "no-address" => offer with { YourAddress = IPAddress.Any },
            _ => null,
        };

        var step = bad is null ? session.Receive([1, 2, 3], TimeSpan.Zero) : session.Receive(bad, TimeSpan.Zero);

        Assert.Equal(reason, step.Dropped);
        Assert.Null(step.Send);
        Assert.Equal(Dhcp4ClientState.Selecting, session.State);
        Assert.NotNull(session.Receive(offer, TimeSpan.Zero).Send);
    }

    [Fact]
    public void An_ack_from_another_server_is_dropped()
    {
        var session = new Dhcp4ClientSession(Options, new Random(7));
        var server = new Dhcp4ServerLogic(Server);
        var request = session.Receive(server.Handle(session.Start(TimeSpan.Zero).Send!, out _)!, TimeSpan.Zero).Send!;
        var ack = server.Handle(request, out _)!;
        var foreign = ack with
        {
            Options = [.. ack.Options.Select(o => o.Code == Dhcp4OptionCode.ServerIdentifier
                ? Dhcp4Option.FromAddresses(Dhcp4OptionCode.ServerIdentifier, IPAddress.Parse("192.0.2.9")) : o)],
        };

        Assert.Equal(DhcpDropReason.WrongServer, session.Receive(foreign, TimeSpan.Zero).Dropped);
        Assert.NotNull(session.Receive(ack, TimeSpan.Zero).Lease);
    }

    [Fact]
    public void A_nak_restarts_with_a_new_transaction_and_repeated_naks_end_in_refused()
    {
        var twoNaks = Options with { Retransmission = Dhcp4RetransmissionPolicy.Default with { NakLimit = 2 } };
        var session = new Dhcp4ClientSession(twoNaks, new Random(8));
        var server = new Dhcp4ServerLogic(Server with { NakRequests = true });

        var first = session.Start(TimeSpan.Zero).Send!;
        var nak1 = server.Handle(session.Receive(server.Handle(first, out _)!, TimeSpan.Zero).Send!, out _)!;
        var restart = session.Receive(nak1, TimeSpan.Zero);
        var nak2 = server.Handle(session.Receive(server.Handle(restart.Send!, out _)!, TimeSpan.Zero).Send!, out _)!;
        var end = session.Receive(nak2, TimeSpan.Zero);

        Assert.Equal(Dhcp4MessageType.Nak, nak1.MessageType);
        Assert.Equal(Dhcp4MessageType.Discover, restart.Send!.MessageType);
        Assert.NotEqual(first.TransactionId, restart.Send.TransactionId);
        Assert.Equal(DhcpFailure.Refused, end.Failure);
    }

    [Fact]
    public void The_vendor_id_is_configurable_and_an_empty_one_sends_no_option_60()
    {
        var qlogic = new Dhcp4ClientSession(Options with { VendorId = "QLGC ISAN" }, new Random(9)).Start(TimeSpan.Zero).Send!;
        var none = new Dhcp4ClientSession(Options with { VendorId = "" }, new Random(9)).Start(TimeSpan.Zero).Send!;

        Assert.Equal("QLGC ISAN", qlogic.VendorClassIdentifier);
        Assert.Null(none.VendorClassIdentifier);
    }

    [Fact]
    public void Misuse_is_refused()
    {
        var session = new Dhcp4ClientSession(Options, new Random(10));
        session.Start(TimeSpan.Zero);

        Assert.Throws<InvalidOperationException>(() => session.Start(TimeSpan.Zero));
        Assert.Throws<ArgumentNullException>(() => new Dhcp4ClientSession(null!, new Random()));
    }
}
