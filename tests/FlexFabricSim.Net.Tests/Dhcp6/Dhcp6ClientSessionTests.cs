using System.Net;
using System.Net.NetworkInformation;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Dhcp6;

namespace FlexFabricSim.Net.Tests.Dhcp6;

/// <summary>The DHCPv6 client's protocol logic with no network: messages, Advertise choice, validation, timing and outcomes.</summary>
public sealed class Dhcp6ClientSessionTests
{
    private static readonly MacAddress Mac = MacAddress.Parse("00-10-18-AA-BB-1C");
    private static readonly Dhcp6ClientOptions Options = new() { MacAddress = Mac };

    private static Dhcp6ServerProfile Server(byte id = 1, byte preference = 0) => new()
    {
        ServerDuid = Dhcp6Duid.FromLinkLayer(new MacAddress(0x02_00_00_00_00_00UL | id)),
        PoolStart = IPAddress.Parse($"2001:db8::{id}00"),
        Preference = preference,
        DnsServers = [IPAddress.Parse("2001:db8::53")],
        VendorOptions = Dhcp6VendorOptions.ForIscsiBoot("iscsi:[2001:db8::1]::3260:40:iqn.2003-01.org.example:disk1",
            initiatorName: "iqn.1995-05.com.broadcom:initiator"),
    };

    /// <summary>Starts a session and runs the initial delay: the first Solicit.</summary>
    private static (Dhcp6ClientSession Session, Dhcp6ClientStep Solicit) Solicit(Dhcp6ClientOptions? options = null, int seed = 1)
    {
        var session = new Dhcp6ClientSession(options ?? Options, new Random(seed));
        var start = session.Start(TimeSpan.Zero);
        Assert.Null(start.Send);
        Assert.InRange(start.TimeoutAfter!.Value.TotalSeconds, 0, 1);
        return (session, session.Timeout(start.TimeoutAfter.Value));
    }

    [Fact]
    public void The_solicit_carries_the_duid_an_ia_na_the_option_request_and_vendor_class_4413()
    {
        var (session, step) = Solicit();
        var solicit = step.Send!;

        Assert.Equal(Dhcp6MessageType.Solicit, solicit.MessageType);
        Assert.Equal(session.TransactionId, solicit.TransactionId);
        Assert.Equal(Dhcp6Duid.FromLinkLayer(Mac), solicit.ClientId);
        Assert.Equal(TimeSpan.Zero, solicit.ElapsedTime);
        Assert.Equal(0x18aabb1cu, Assert.Single(solicit.IaNas).Iaid);
        Assert.Equal([Dhcp6OptionCode.VendorClass, Dhcp6OptionCode.VendorOptions, Dhcp6OptionCode.DnsServers], solicit.OptionRequest);
        var vendorClass = Assert.Single(solicit.VendorClasses);
        Assert.Equal(4413u, vendorClass.EnterpriseNumber);
        Assert.Equal(["BRCM ISAN"], vendorClass.ItemTexts);
        // SPEC: <enterprise:4><len:2>"BRCM ISAN".
        var vendorClassData = solicit.FindOption(Dhcp6OptionCode.VendorClass)!.Data.AsSpan();
        Assert.Equal("0000113d00094252434d204953414e", Convert.ToHexStringLower(vendorClassData));
        // RFC 8415 §18.2.1: the first RT is IRT plus a positive random part.
        Assert.InRange(step.TimeoutAfter!.Value.TotalSeconds, 1.0, 1.1);
    }

    [Fact]
    public void A_full_exchange_with_the_simulated_server_gives_the_lease_and_the_iscsi_parameters()
    {
        var (session, step) = Solicit();
        var server = new Dhcp6ServerLogic(Server());

        var kept = session.Receive(server.Handle(step.Send!, out _)!, TimeSpan.FromSeconds(0.6));
        var request = session.Timeout(TimeSpan.FromSeconds(1.6));
        var bound = session.Receive(server.Handle(request.Send!, out _)!, TimeSpan.FromSeconds(1.7));

        Assert.Null(kept.Send);
        Assert.Equal(Dhcp6MessageType.Request, request.Send!.MessageType);
        Assert.NotEqual(step.Send!.TransactionId, request.Send.TransactionId);
        Assert.Equal(server.Profile.ServerDuid, request.Send.ServerId);
        Assert.Equal(TimeSpan.Zero, request.Send.ElapsedTime);
        var lease = bound.Lease!;
        Assert.Equal(Dhcp6ClientState.Bound, session.State);
        Assert.Equal(IPAddress.Parse("2001:db8::100"), lease.Address);
        Assert.Equal(TimeSpan.FromSeconds(4000), lease.ValidLifetime);
        Assert.Equal([IPAddress.Parse("2001:db8::53")], lease.DnsServers);
        Assert.True(lease.VendorMatched);
        Assert.Equal(IPAddress.Parse("2001:db8::1"), lease.FirstTarget!.Value!.ServerAddress);
        Assert.Equal(64, lease.FirstTarget.Value.LunNumber);
        Assert.Equal("iqn.1995-05.com.broadcom:initiator", lease.InitiatorName);
    }

    [Fact]
    public void The_highest_preference_wins_after_the_first_timeout()
    {
        var (session, step) = Solicit();
        session.Receive(new Dhcp6ServerLogic(Server(1, 10)).Handle(step.Send!, out _)!, TimeSpan.FromSeconds(0.2));
        session.Receive(new Dhcp6ServerLogic(Server(2, 50)).Handle(step.Send!, out _)!, TimeSpan.FromSeconds(0.3));
        session.Receive(new Dhcp6ServerLogic(Server(3, 50)).Handle(step.Send!, out _)!, TimeSpan.FromSeconds(0.4));

        var request = session.Timeout(TimeSpan.FromSeconds(1.1)).Send!;

        Assert.Equal(Server(2).ServerDuid, request.ServerId);
    }

    [Fact]
    public void Preference_255_is_taken_at_once()
    {
        var (session, step) = Solicit();

        var request = session.Receive(new Dhcp6ServerLogic(Server(4, 255)).Handle(step.Send!, out _)!, TimeSpan.FromSeconds(0.1));

        Assert.Equal(Dhcp6MessageType.Request, request.Send!.MessageType);
    }

    [Fact]
    public void After_the_first_retransmission_the_first_advertise_is_taken()
    {
        var (session, step) = Solicit();
        var second = session.Timeout(TimeSpan.FromSeconds(1.1));

        var request = session.Receive(new Dhcp6ServerLogic(Server()).Handle(second.Send!, out _)!, TimeSpan.FromSeconds(1.5));

        Assert.Equal(Dhcp6MessageType.Solicit, second.Send!.MessageType);
        Assert.Equal(Dhcp6MessageType.Request, request.Send!.MessageType);
    }

    [Fact]
    public void Solicits_double_their_timeout_then_give_up()
    {
        var (session, step) = Solicit();
        var timeouts = new List<double> { step.TimeoutAfter!.Value.TotalSeconds };
        var elapsed = step.TimeoutAfter.Value;
        Dhcp6ClientStep next;
        while (!(next = session.Timeout(elapsed)).IsFinal)
        {
            timeouts.Add(next.TimeoutAfter!.Value.TotalSeconds);
            elapsed += next.TimeoutAfter.Value;
            Assert.True(next.Send!.ElapsedTime > TimeSpan.Zero);
        }

        Assert.Equal(5, timeouts.Count);
        Assert.All(timeouts.Zip(timeouts.Skip(1)), p => Assert.InRange(p.Second / p.First, 1.9, 2.1));
        Assert.Equal(DhcpFailure.NoOffer, next.Failure);
    }

    public static TheoryData<string, DhcpDropReason> Drops => new()
    {
        { "solicit", DhcpDropReason.WrongDirection },
        { "other-xid", DhcpDropReason.WrongTransactionId },
        { "no-client-id", DhcpDropReason.WrongClientId },
        { "other-client-id", DhcpDropReason.WrongClientId },
        { "no-server-id", DhcpDropReason.MissingServerIdentifier },
        { "reply-while-soliciting", DhcpDropReason.UnexpectedMessageType },
        { "no-addresses", DhcpDropReason.NoAddress },
        { "garbage", DhcpDropReason.Malformed },
    };

    [Theory]
    [MemberData(nameof(Drops))]
    public void Invalid_messages_are_dropped_with_a_reason(string kind, DhcpDropReason reason)
    {
        var (session, step) = Solicit();
        var advertise = new Dhcp6ServerLogic(Server()).Handle(step.Send!, out _)!;
        var bad = kind switch
        {
            "solicit" => step.Send!,
            "other-xid" => advertise with { TransactionId = advertise.TransactionId ^ 1 },
            "no-client-id" => advertise with { Options = [.. advertise.Options.Where(o => o.Code != Dhcp6OptionCode.ClientId)] },
            "other-client-id" => advertise with
            {
                Options = [.. advertise.Options.Select(o => o.Code == Dhcp6OptionCode.ClientId
                    ? Dhcp6Duid.FromLinkLayer(MacAddress.Parse("00-10-18-AA-BB-1E")).ToOption(Dhcp6OptionCode.ClientId) : o)],
            },
            "no-server-id" => advertise with { Options = [.. advertise.Options.Where(o => o.Code != Dhcp6OptionCode.ServerId)] },
            "reply-while-soliciting" => advertise with { MessageType = Dhcp6MessageType.Reply },
            "no-addresses" => new Dhcp6ServerLogic(Server() with { NoAddresses = true }).Handle(step.Send!, out _)!,
            _ => null,
        };

        var result = bad is null ? session.Receive([0xff, 0, 0], TimeSpan.Zero) : session.Receive(bad, TimeSpan.Zero);

        Assert.Equal(reason, result.Dropped);
        Assert.Equal(Dhcp6ClientState.Soliciting, session.State);
    }

    [Fact]
    public void A_reply_from_another_server_is_dropped_and_one_without_addresses_is_refused()
    {
        var (session, step) = Solicit();
        var chosen = new Dhcp6ServerLogic(Server(1, 255));
        var request = session.Receive(chosen.Handle(step.Send!, out _)!, TimeSpan.Zero).Send!;
        var foreign = new Dhcp6ServerLogic(Server(2)).Handle(request with { Options = [.. request.Options.Select(o =>
            o.Code == Dhcp6OptionCode.ServerId ? Server(2).ServerDuid.ToOption(Dhcp6OptionCode.ServerId) : o)] }, out _)!;
        var empty = new Dhcp6ServerLogic(Server(1, 255) with { NoAddresses = true }).Handle(request, out _)!;

        Assert.Equal(DhcpDropReason.WrongServer, session.Receive(foreign, TimeSpan.Zero).Dropped);
        var refused = session.Receive(empty, TimeSpan.Zero);
        Assert.Equal(DhcpFailure.Refused, refused.Failure);
        Assert.Contains("NoAddrsAvail", refused.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Requests_are_retransmitted_up_to_req_max_rc_then_the_client_gives_up()
    {
        var (session, step) = Solicit();
        session.Receive(new Dhcp6ServerLogic(Server(1, 255)).Handle(step.Send!, out _)!, TimeSpan.Zero);

        var steps = Enumerable.Range(1, 10).Select(i => session.Timeout(TimeSpan.FromSeconds(i * 40))).ToList();

        Assert.All(steps.Take(9), s => Assert.Equal(Dhcp6MessageType.Request, s.Send?.MessageType));
        Assert.All(steps.Take(9), s => Assert.InRange(s.TimeoutAfter!.Value.TotalSeconds, 0.9, 33));
        Assert.Equal(DhcpFailure.NoAcknowledgement, steps[^1].Failure);
    }

    [Fact]
    public void Messages_during_the_initial_delay_are_not_taken()
    {
        var session = new Dhcp6ClientSession(Options, new Random(3));
        session.Start(TimeSpan.Zero);

        var early = new Dhcp6Message
        {
            MessageType = Dhcp6MessageType.Advertise,
            TransactionId = session.TransactionId,
            Options = [Options.Duid.ToOption(Dhcp6OptionCode.ClientId), Server().ServerDuid.ToOption(Dhcp6OptionCode.ServerId)],
        };
        var step = session.Receive(early, TimeSpan.Zero);

        Assert.Equal(DhcpDropReason.UnexpectedMessageType, step.Dropped);
    }
}
