using System.Net;
using System.Net.NetworkInformation;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Dhcp6;
using FlexFabricSim.Net.Tests.Dhcp;

namespace FlexFabricSim.Net.Tests.Dhcp6;

/// <summary>The DHCPv6 client endpoint over an in-memory link, on a virtual clock: real Kea bytes, the simulated server, timing.</summary>
public sealed class Dhcp6ClientEndpointTests
{
    private static readonly MacAddress Mac = MacAddress.Parse("00-10-18-AA-BB-1C");
    private static readonly IPEndPoint ClientEnd = new(IPAddress.Parse("fe80::210:18ff:feaa:bb1c"), DhcpPorts.Dhcp6Client);
    private static readonly IPEndPoint ServerEnd = new(IPAddress.Parse("fe80::1"), DhcpPorts.Dhcp6Server);

    private readonly ObservedTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryDhcpLink _link = InMemoryDhcpLink.Create(ClientEnd, ServerEnd);
    private readonly List<DhcpEvent> _events = [];

    private Dhcp6Client Client() =>
        new(_link.A, new Dhcp6ClientOptions { MacAddress = Mac }, _time, new Random(12), e => { lock (_events) { _events.Add(e); } });

    [Fact]
    public async Task Kea_bytes_answering_our_transactions_give_a_lease_with_the_iscsi_parameters()
    {
        var peer = new DhcpPeerMock(_link.B, _time);
        var acquiring = Client().AcquireAsync();
        peer.Watch(acquiring);

        var (solicit, at, _) = await peer.Expect6(Dhcp6MessageType.Solicit);
        await peer.Send6(Answering(solicit, Dhcp6Captures.KeaAdvertiseBrcm));
        var (request, requestAt, _) = await peer.Expect6(Dhcp6MessageType.Request);
        await peer.Send6(Answering(request, Dhcp6Captures.KeaReplyBrcm));
        var result = await acquiring.WaitAsync(TimeSpan.FromSeconds(10));

        // SOL_MAX_DELAY, then the first RT (1 to 1.1 s) collecting Advertises; seen to within one pump step.
        var step = DhcpPeerMock.Step.TotalSeconds;
        Assert.InRange(at.TotalSeconds, 0, 1 + step);
        Assert.InRange((requestAt - at).TotalSeconds, 1 - step, 1.1 + step);
        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(IPAddress.Parse("2001:db8::100"), result.Lease!.Address);
        Assert.True(result.Lease.VendorMatched);
        Assert.Equal("iqn.2003-01.org.example:disk1", result.Lease.FirstTarget!.Value!.TargetName);
        Assert.All(_link.A.Destinations, d => Assert.Equal(DhcpPorts.Dhcp6Servers, d));
    }

    [Fact]
    public async Task Against_the_simulated_server_the_whole_exchange_runs()
    {
        using var stop = new CancellationTokenSource();
        var profile = new Dhcp6ServerProfile
        {
            ServerDuid = Dhcp6Duid.FromLinkLayer(MacAddress.Parse("02-00-00-00-00-01")),
            PoolStart = IPAddress.Parse("2001:db8::100"),
            Preference = 255,
            VendorOptions = Dhcp6VendorOptions.ForIscsiBoot("iscsi:[2001:db8::1]::3260:40:iqn.2003-01.org.example:disk1"),
        };
        var server = new Dhcp6Server(_link.B, profile, _time).RunAsync(stop.Token);
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
        Assert.Equal(64, result.Lease!.FirstTarget!.Value!.LunNumber);
        Assert.Equal(ClientEnd, _link.B.Destinations.Distinct().Single());
    }

    [Fact]
    public async Task Without_a_server_the_client_gives_up_after_five_solicits()
    {
        var peer = new DhcpPeerMock(_link.B, _time);
        var acquiring = Client().AcquireAsync();
        peer.Watch(acquiring);

        for (var i = 0; i < 5; i++)
        {
            await peer.Expect6(Dhcp6MessageType.Solicit);
        }
        await peer.ExpectSilence(TimeSpan.FromSeconds(20));
        var result = await acquiring.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(DhcpFailure.NoOffer, result.Failure);
    }

    /// <summary>A captured Kea message re-addressed to the client's transaction (and its DUID, which Kea echoed).</summary>
    private static Dhcp6Message Answering(Dhcp6Message request, string capturedHex) =>
        Dhcp6Message.Decode(Dhcp6Captures.Bytes(capturedHex)) with { TransactionId = request.TransactionId };
}
