using System.Net;
using System.Net.NetworkInformation;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Dhcp4;
using FlexFabricSim.Net.Tests.Dhcp;

namespace FlexFabricSim.Net.Tests.Dhcp4;

/// <summary>
/// The DHCPv4 client endpoint over an in-memory link, on a virtual clock: real server bytes, timing, drops, cancellation.
/// </summary>
public sealed class Dhcp4ClientEndpointTests
{
    private static readonly MacAddress Mac = MacAddress.Parse("00-10-18-AA-BB-1C");
    private static readonly IPEndPoint ClientEnd = new(IPAddress.Any, DhcpPorts.Dhcp4Client);
    private static readonly IPEndPoint ServerEnd = new(IPAddress.Parse("192.0.2.1"), DhcpPorts.Dhcp4Server);

    private readonly ObservedTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryDhcpLink _link = InMemoryDhcpLink.Create(ClientEnd, ServerEnd);
    private readonly List<DhcpEvent> _events = [];

    private Dhcp4Client Client(Dhcp4ClientOptions? options = null) =>
        new(_link.A, options ?? new Dhcp4ClientOptions { MacAddress = Mac }, _time, new Random(11), Record);

    private void Record(DhcpEvent e)
    {
        lock (_events)
        {
            _events.Add(e);
        }
    }

    [Fact]
    public async Task Kea_bytes_answering_our_transaction_give_a_lease()
    {
        var peer = new DhcpPeerMock(_link.B, _time);
        var acquiring = Client().AcquireAsync();
        peer.Watch(acquiring);

        var (discover, _, _) = await peer.Expect4(Dhcp4MessageType.Discover);
        await peer.Send4(Answering(discover, Dhcp4Captures.KeaOfferBrcm));
        var (request, _, _) = await peer.Expect4(Dhcp4MessageType.Request);
        await peer.Send4(Answering(request, Dhcp4Captures.KeaAckBrcm));
        var result = await acquiring.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(result.Succeeded);
        Assert.Equal(IPAddress.Parse("192.0.2.100"), result.Lease!.Address);
        Assert.Equal("iqn.1995-05.com.broadcom:initiator", result.Lease.InitiatorName);
        Assert.All(_link.A.Destinations, d => Assert.Equal(DhcpPorts.Dhcp4ServerBroadcast, d));
        Assert.Contains(_events, e => e.Kind == DhcpEventKind.Bound);
    }

    [Fact]
    public async Task Without_a_server_discovers_go_out_4_8_16_seconds_apart_and_the_client_gives_up()
    {
        var peer = new DhcpPeerMock(_link.B, _time);
        var acquiring = Client().AcquireAsync();
        peer.Watch(acquiring);

        var times = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            times.Add((await peer.Expect4(Dhcp4MessageType.Discover)).At.TotalSeconds);
        }
        await peer.ExpectSilence(TimeSpan.FromSeconds(40));
        var result = await acquiring.WaitAsync(TimeSpan.FromSeconds(10));

        // RFC 2131 §4.1: 4, 8, 16 s apart, each ±1 s, seen to within one pump step.
        var slack = 1 + DhcpPeerMock.Step.TotalSeconds;
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps.Zip([4.0, 8, 16]), p => Assert.InRange(p.First, p.Second - slack, p.Second + slack));
        Assert.InRange(times[0], 0, DhcpPeerMock.Step.TotalSeconds);
        Assert.Equal(DhcpFailure.NoOffer, result.Failure);
        Assert.Equal(4, _events.Count(e => e.Kind == DhcpEventKind.TimedOut && e.Summary.Contains("Selecting", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Replies_for_another_transaction_or_port_are_dropped_and_logged_never_thrown()
    {
        var peer = new DhcpPeerMock(_link.B, _time);
        var acquiring = Client().AcquireAsync();
        peer.Watch(acquiring);
        var (discover, _, _) = await peer.Expect4(Dhcp4MessageType.Discover);
        var offer = Answering(discover, Dhcp4Captures.KeaOfferBrcm);

        await peer.Send4(offer with { TransactionId = offer.TransactionId + 1 });
        await peer.Send4(offer with { ClientHardwareAddress = PhysicalAddress.Parse("00-10-18-AA-BB-1E") });
        await peer.SendRaw([0x02, 0x01], ClientEnd);
        await peer.Send4(offer);
        var (request, _, _) = await peer.Expect4(Dhcp4MessageType.Request);
        await peer.Send4(Answering(request, Dhcp4Captures.KeaAckBrcm));
        var result = await acquiring.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(result.Succeeded);
        Assert.Equal(
            [DhcpDropReason.WrongTransactionId, DhcpDropReason.WrongClientHardwareAddress, DhcpDropReason.Malformed],
            _events.Where(e => e.Kind == DhcpEventKind.Dropped).Select(e => e.DropReason!.Value));
    }

    [Fact]
    public async Task Against_the_simulated_server_the_whole_exchange_runs_and_a_late_server_is_waited_for()
    {
        using var stop = new CancellationTokenSource();
        var profile = new Dhcp4ServerProfile
        {
            ServerAddress = IPAddress.Parse("192.0.2.1"),
            PoolStart = IPAddress.Parse("192.0.2.50"),
            RootPath = "iscsi:192.0.2.1::3260:40:iqn.2003-01.org.example:disk1",
            ReplyDelay = TimeSpan.FromSeconds(5),
        };
        var server = new Dhcp4Server(_link.B, profile, _time).RunAsync(stop.Token);
        var acquiring = Client().AcquireAsync();

        while (!acquiring.IsCompleted)
        {
            await Task.Delay(1);
            _time.Advance(TimeSpan.FromMilliseconds(100));
        }
        var result = await acquiring;
        await stop.CancelAsync();
        await server.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(64, result.Lease!.RootPath!.Value!.LunNumber);
        Assert.False(result.Lease.VendorMatched);
        Assert.Contains(_events, e => e.Kind == DhcpEventKind.TimedOut);
    }

    [Fact]
    public async Task Cancelling_stops_the_exchange()
    {
        using var cancel = new CancellationTokenSource();
        var peer = new DhcpPeerMock(_link.B, _time);
        var acquiring = Client().AcquireAsync(cancel.Token);
        peer.Watch(acquiring);
        await peer.Expect4(Dhcp4MessageType.Discover);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => acquiring.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    /// <summary>A captured server reply re-addressed to the client's transaction.</summary>
    private static Dhcp4Message Answering(Dhcp4Message request, string capturedHex) =>
        Dhcp4Message.Decode(Dhcp4Captures.Bytes(capturedHex)) with { TransactionId = request.TransactionId };
}
