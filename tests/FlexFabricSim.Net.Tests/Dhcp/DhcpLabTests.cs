using System.Net;
using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Dhcp4;
using FlexFabricSim.Net.Dhcp6;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Stack;
using FlexFabricSim.Net.Tests.Stack;

namespace FlexFabricSim.Net.Tests.Dhcp;

/// <summary>The DHCP client and server endpoints on two simulated hosts of a lab switch, on the lab's virtual clock.</summary>
public sealed class DhcpLabTests
{
    private static readonly Dhcp4ServerProfile Server4 = new()
    {
        ServerAddress = TwoHostLab.AddressA,
        PoolStart = IPAddress.Parse("192.0.2.50"),
        Router = TwoHostLab.AddressA,
        DnsServers = [IPAddress.Parse("192.0.2.53")],
        VendorOptions = Dhcp4VendorOptions.ForIscsiBoot("iscsi:192.0.2.1::3260:40:iqn.2003-01.org.example:disk1", null,
            "iqn.1995-05.com.broadcom:initiator"),
    };

    /// <summary>Host A serves, host B (no IPv4 address yet) is the adapter.</summary>
    private static TwoHostLab Lab() => new(configureB: b => b with { IPv4Address = null });

    [Fact]
    public void The_adapter_gets_a_lease_across_the_lab_switch_and_can_configure_its_stack_with_it()
    {
        var lab = Lab();
        var events = new List<DhcpEvent>();

        var (result, configured) = lab.Run(async () =>
        {
            using var stop = new CancellationTokenSource();
            using var serverTransport = UdpDhcpTransport.OpenDhcp4Server(lab.A);
            var server = new Dhcp4Server(serverTransport, Server4, lab.Lab.TimeProvider).RunAsync(stop.Token);
            using var clientTransport = UdpDhcpTransport.OpenDhcp4Client(lab.B);
            var client = new Dhcp4Client(clientTransport, new Dhcp4ClientOptions { MacAddress = TwoHostLab.MacB }, lab.Lab.TimeProvider,
                new Random(1), events.Add);

            var result = await client.AcquireAsync();
            lab.B.ConfigureIPv4(result.Lease!.ToIPv4Configuration());
            stop.Cancel();
            await server;
            return (result, lab.B.IPv4);
        });

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(IPAddress.Parse("192.0.2.50"), result.Lease!.Address);
        Assert.Equal(24, result.Lease.PrefixLength);
        Assert.Equal(64, result.Lease.FirstTarget!.Value!.LunNumber);
        Assert.Equal("iqn.1995-05.com.broadcom:initiator", result.Lease.InitiatorName);
        Assert.Equal(new IPv4Configuration(IPPrefix.Parse("192.0.2.50/24"), TwoHostLab.AddressA), configured);
        Assert.Equal(
            [DhcpEventKind.StateChanged, DhcpEventKind.Sent, DhcpEventKind.Received, DhcpEventKind.StateChanged, DhcpEventKind.Sent,
             DhcpEventKind.Received, DhcpEventKind.StateChanged, DhcpEventKind.Bound],
            events.Select(e => e.Kind));
        Assert.All(events, e => Assert.Equal(lab.Lab.TimeProvider.GetUtcNow().Date, e.Time.Date));
    }

    [Fact]
    public void With_no_server_the_adapter_retransmits_on_virtual_time_and_reports_no_offer()
    {
        var lab = Lab();

        var (result, elapsed) = lab.Run(async () =>
        {
            using var clientTransport = UdpDhcpTransport.OpenDhcp4Client(lab.B);
            var started = lab.Lab.TimeProvider.GetTimestamp();
            var options = new Dhcp4ClientOptions { MacAddress = TwoHostLab.MacB };
            var result = await new Dhcp4Client(clientTransport, options, lab.Lab.TimeProvider, new Random(2)).AcquireAsync();
            return (result, lab.Lab.TimeProvider.GetElapsedTime(started));
        });

        Assert.Equal(DhcpFailure.NoOffer, result.Failure);
        // RFC 2131 §4.1 back-off: 4 + 8 + 16 + 32 s, each ±1 s.
        Assert.InRange(elapsed.TotalSeconds, 60 - 4, 60 + 4);
    }

    [Fact]
    public void The_dhcpv6_exchange_runs_between_link_local_addresses_and_gives_the_iscsi_parameters()
    {
        var lab = Lab();
        var profile = new Dhcp6ServerProfile
        {
            ServerDuid = Dhcp6Duid.FromLinkLayer(TwoHostLab.MacA),
            PoolStart = IPAddress.Parse("2001:db8::100"),
            DnsServers = [IPAddress.Parse("2001:db8::53")],
            VendorOptions = Dhcp6VendorOptions.ForIscsiBoot("iscsi:[2001:db8::1]::3260:40:iqn.2003-01.org.example:disk1"),
        };

        var result = lab.Run(async () =>
        {
            // Both link-local addresses must have passed duplicate address detection before DHCPv6 can use them.
            while (lab.A.IPv6LinkLocalAddress is null || lab.B.IPv6LinkLocalAddress is null)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), lab.Lab.TimeProvider);
            }
            using var stop = new CancellationTokenSource();
            using var serverTransport = UdpDhcpTransport.OpenDhcp6Server(lab.A);
            var server = new Dhcp6Server(serverTransport, profile, lab.Lab.TimeProvider).RunAsync(stop.Token);
            using var clientTransport = UdpDhcpTransport.OpenDhcp6Client(lab.B);
            var options = new Dhcp6ClientOptions { MacAddress = TwoHostLab.MacB };
            var result = await new Dhcp6Client(clientTransport, options, lab.Lab.TimeProvider, new Random(3)).AcquireAsync();
            stop.Cancel();
            await server;
            return result;
        });

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(IPAddress.Parse("2001:db8::100"), result.Lease!.Address);
        Assert.Equal([IPAddress.Parse("2001:db8::53")], result.Lease.DnsServers);
        Assert.True(result.Lease.VendorMatched);
        Assert.Equal(IPAddress.Parse("2001:db8::1"), result.Lease.FirstTarget!.Value!.ServerAddress);
    }

    [Fact]
    public void A_send_that_fails_for_want_of_a_source_address_is_traced_and_retried()
    {
        var lab = Lab();
        var events = new List<DhcpEvent>();

        var result = lab.Run(async () =>
        {
            // Straight after link-up the link-local address is still tentative: the first Solicit cannot leave.
            using var stop = new CancellationTokenSource();
            using var serverTransport = UdpDhcpTransport.OpenDhcp6Server(lab.A);
            var server = new Dhcp6Server(serverTransport, new Dhcp6ServerProfile
            {
                ServerDuid = Dhcp6Duid.FromLinkLayer(TwoHostLab.MacA),
                PoolStart = IPAddress.Parse("2001:db8::100"),
            }, lab.Lab.TimeProvider).RunAsync(stop.Token);
            using var clientTransport = UdpDhcpTransport.OpenDhcp6Client(lab.B);
            var options = new Dhcp6ClientOptions
            {
                MacAddress = TwoHostLab.MacB,
                Retransmission = Dhcp6RetransmissionPolicy.Default with { SolicitMaxDelay = TimeSpan.Zero },
            };
            var result = await new Dhcp6Client(clientTransport, options, lab.Lab.TimeProvider, new Random(4), events.Add).AcquireAsync();
            stop.Cancel();
            await server;
            return result;
        });

        Assert.True(result.Succeeded, result.Detail);
        Assert.Equal(DhcpEventKind.SendFailed, events.First(e => e.Kind is DhcpEventKind.Sent or DhcpEventKind.SendFailed).Kind);
    }
}
