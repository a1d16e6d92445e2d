using System.Globalization;
using System.Net;
using FlexFabricSim.Boot.Console;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Flow;
using FlexFabricSim.Boot.Os;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Net;
using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Dhcp4;
using FlexFabricSim.Net.Dhcp6;
using FlexFabricSim.Net.Stack;
using NetMac = FlexFabricSim.Net.Ethernet.MacAddress;

namespace FlexFabricSim.Boot.Engine;

// DHCPv4 (G p.8-10), IPv6 autoconfiguration with router solicitations and DHCPv6 (G p.5, p.10-11), and the DNS rule:
// whenever a DHCP server is used its DNS replaces the screen's, and none means 0.0.0.0 (G p.8).
internal sealed partial class BootSession
{
    private async Task Dhcp4Async(CancellationToken cancellationToken)
    {
        _journal.Print(RomMessage.Dhcp4Start);
        var result = await RunDhcp4Async(cancellationToken);
        if (result.Lease is not { } lease)
        {
            _journal.Print(RomMessage.Dhcp4Failed);
            _flow.AddressingFailed(new StepFailure(BootEventId.Engine(EngineCode.Dhcp4NoOffer),
                $"DHCP failed ({result.Failure}): {result.Detail ?? "no server completed DISCOVER / OFFER / REQUEST / ACK"}.", new GuideReference(8)));
            return;
        }
        var prefix = lease.SubnetMask is { } mask ? MaskToPrefix(mask) : 24;
        _port.Stack.ConfigureIPv4(new IPv4Configuration(new IPPrefix(lease.Address, prefix), lease.Router));
        _journal.Print(RomMessage.Dhcp4Lease, lease.Address, lease.SubnetMask ?? PrefixToMask(prefix), lease.Router ?? IPAddress.Any,
            lease.ServerIdentifier);
        _journal.Record(EngineCode.Dhcp4Leased, string.Create(CultureInfo.InvariantCulture,
            $"DHCP lease {lease.Address}/{prefix}, router {lease.Router?.ToString() ?? "none"}, from server {lease.ServerIdentifier}."));
        var address = new AddressReport
        {
            Address = lease.Address,
            PrefixLength = prefix,
            Gateway = lease.Router,
            Dns = DnsFromDhcp(lease.DnsServers, IPAddress.Any),
            DhcpServer = lease.ServerIdentifier,
            Origin = InitiatorAddressOrigin.Dhcp,
            InitiatorName = _config.InitiatorName,
            Targets = StaticTargets(),
        };
        if (_config.TargetSource == TargetSource.Dhcp)
        {
            ResolveDhcpTargets(address, Options(lease));
            return;
        }
        _flow.AddressConfigured(address);
    }

    private async Task Ipv6AutoconfigurationAsync(CancellationToken cancellationToken)
    {
        _journal.Print(RomMessage.Ipv6Autoconfig);
        var stack = _port.Stack;
        var noRouter = false;
        void OnEvent(object? sender, StackEvent e) => noRouter |= e.Kind == StackEventKind.NoRouterFound;
        stack.EventRaised += OnEvent;
        try
        {
            // Up to three solicitations 4 s apart (G p.5), then one more interval for a late advertisement.
            var rs = _timings.RouterSolicitations;
            var wait = (rs.Value * rs.Count!.Value) + _timings.RouterAdvertisementWait.Value;
            await _port.WaitUntilAsync(() => stack.IPv6Routers.Count > 0 || noRouter, wait, _time, cancellationToken);
        }
        finally
        {
            stack.EventRaised -= OnEvent;
        }

        var router = stack.IPv6Routers.FirstOrDefault();
        if (router is null)
        {
            _journal.Print(RomMessage.NoRouterAdvertisement);
            _journal.Record(EngineCode.RouterSolicitationUnanswered,
                "No router answered the router solicitations (3, 4 s apart): only the link-local address is used.");
        }
        else if (stack.IPv6Prefixes.Any(p => p.Autonomous))
        {
            // A SLAAC address is usable once duplicate address detection has passed.
            await _port.WaitUntilAsync(() => Usable(IPv6AddressOrigin.Autoconfigured) is not null, TimeSpan.FromSeconds(5), _time, cancellationToken);
        }

        Dhcp6Lease? lease = null;
        if (router is { ManagedAddressConfiguration: true } || _config.TargetSource == TargetSource.Dhcp)
        {
            _journal.Print(RomMessage.Dhcp6Start);
            var result = await RunDhcp6Async(cancellationToken);
            lease = result.Lease;
            if (lease is null)
            {
                _journal.Print(RomMessage.Dhcp6Failed);
                _flow.AddressingFailed(new StepFailure(BootEventId.Engine(EngineCode.Dhcp6NoReply),
                    $"DHCPv6 failed ({result.Failure}): {result.Detail ?? "no server completed SOLICIT / ADVERTISE / REQUEST / REPLY"}.",
                    new GuideReference(10)));
                return;
            }
            if (router is { ManagedAddressConfiguration: true })
            {
                // DHCPv6 gives no prefix length: take the advertised on-link prefix holding the address (RFC 8415 §21.6).
                var onLink = stack.IPv6Prefixes.FirstOrDefault(p => p.Prefix.Contains(lease.Address));
                stack.AddIPv6Address(new IPPrefix(lease.Address, onLink?.Prefix.Length ?? 128), IPv6AddressOrigin.Dhcp, lease.ValidLifetime);
                await _port.WaitUntilAsync(() => Usable(IPv6AddressOrigin.Dhcp) is not null, TimeSpan.FromSeconds(5), _time, cancellationToken);
            }
        }

        var chosen = Usable(IPv6AddressOrigin.Dhcp) ?? Usable(IPv6AddressOrigin.Autoconfigured) ?? Usable(IPv6AddressOrigin.LinkLocal);
        if (chosen is null)
        {
            _flow.AddressingFailed(new StepFailure(BootEventId.Engine(EngineCode.NoStaticAddress),
                "No usable IPv6 address: even the link-local address failed duplicate address detection.", new GuideReference(5)));
            return;
        }
        var origin = chosen.Origin switch
        {
            IPv6AddressOrigin.Dhcp => InitiatorAddressOrigin.Dhcp,
            IPv6AddressOrigin.Autoconfigured => InitiatorAddressOrigin.RouterAdvertisement,
            _ => InitiatorAddressOrigin.LinkLocal,
        };
        _journal.Print(RomMessage.Ipv6Address, chosen.Address, origin);
        _journal.Record(EngineCode.Ipv6Configured, string.Create(CultureInfo.InvariantCulture,
            $"IPv6 address {chosen.Address}/{chosen.PrefixLength} ({origin}); router {router?.Address.ToString() ?? "none"}."));
        var address = new AddressReport
        {
            Address = chosen.Address,
            PrefixLength = chosen.PrefixLength,
            Gateway = router?.Address,
            Dns = DnsFromDhcp(lease?.DnsServers ?? [], IPAddress.IPv6Any),
            Origin = origin,
            InitiatorName = _config.InitiatorName,
            Targets = StaticTargets(),
        };
        if (_config.TargetSource == TargetSource.Dhcp)
        {
            ResolveDhcpTargets(address, Options(lease!));
            return;
        }
        _flow.AddressConfigured(address);
    }

    /// <summary>Static address, iSCSI parameters via DHCP: the exchange runs for its options only; its address is not used.</summary>
    private async Task TargetsFromDhcpAsync(AddressReport address, CancellationToken cancellationToken)
    {
        DhcpIscsiOptions? options = null;
        if (_config.IpVersion == IpVersion.Ipv6)
        {
            _journal.Print(RomMessage.Dhcp6Start);
            if ((await RunDhcp6Async(cancellationToken)).Lease is { } lease6)
            {
                options = Options(lease6);
                address = address with { Dns = DnsFromDhcp(lease6.DnsServers, IPAddress.IPv6Any) };
            }
        }
        else
        {
            _journal.Print(RomMessage.Dhcp4Start);
            if ((await RunDhcp4Async(cancellationToken)).Lease is { } lease4)
            {
                options = Options(lease4);
                address = address with { Dns = DnsFromDhcp(lease4.DnsServers, IPAddress.Any), DhcpServer = lease4.ServerIdentifier };
            }
        }
        if (options is null)
        {
            _journal.Print(_config.IpVersion == IpVersion.Ipv6 ? RomMessage.Dhcp6Failed : RomMessage.Dhcp4Failed);
            _flow.AddressingFailed(new StepFailure(BootEventId.Engine(_config.IpVersion == IpVersion.Ipv6 ? EngineCode.Dhcp6NoReply : EngineCode.Dhcp4NoOffer),
                "iSCSI parameters via DHCP is Enabled but no DHCP server answered.", new GuideReference(8)));
            return;
        }
        _journal.Record(_journal.Stage, BootEventSeverity.Information, null,
            "The DHCP answer was used for its iSCSI parameters only: the address stays the static one (TCP/IP parameters via DHCP is Disabled).");
        ResolveDhcpTargets(address, options);
    }

    private void ResolveDhcpTargets(AddressReport address, DhcpIscsiOptions options)
    {
        var resolution = DhcpTargetResolver.Resolve(options, _config);
        foreach (var (code, message) in resolution.Notes)
        {
            _journal.Record(code, message);
        }
        if (resolution.Failure is { } failure)
        {
            _journal.Print(failure.Id == BootEventId.Engine(EngineCode.RootPathInvalid) ? RomMessage.RootPathInvalid : RomMessage.DhcpNoTarget,
                failure.Reason);
            _flow.AddressingFailed(failure);
            return;
        }
        _flow.AddressConfigured(address with { Targets = resolution.Targets, InitiatorName = resolution.InitiatorName });
    }

    private async Task<DhcpResult<Dhcp4Lease>> RunDhcp4Async(CancellationToken cancellationToken)
    {
        using var transport = UdpDhcpTransport.OpenDhcp4Client(_port.Stack);
        var options = new Dhcp4ClientOptions
        {
            MacAddress = new NetMac(_config.WireMac.Value),
            VendorId = _config.DhcpVendorId,
        };
        return await new Dhcp4Client(transport, options, _time, new Random(_seed), TraceDhcp).AcquireAsync(cancellationToken);
    }

    private async Task<DhcpResult<Dhcp6Lease>> RunDhcp6Async(CancellationToken cancellationToken)
    {
        using var transport = UdpDhcpTransport.OpenDhcp6Client(_port.Stack);
        var options = new Dhcp6ClientOptions
        {
            MacAddress = new NetMac(_config.WireMac.Value),
            VendorId = _config.DhcpVendorId,
        };
        return await new Dhcp6Client(transport, options, _time, new Random(_seed), TraceDhcp).AcquireAsync(cancellationToken);
    }

    /// <summary>The DNS the ROM publishes after DHCP: the server's first two, padded with <paramref name="none"/> (G p.8), and the event that says so.</summary>
    private List<IPAddress> DnsFromDhcp(IReadOnlyList<IPAddress> servers, IPAddress none)
    {
        var dns = servers.Take(2).Concat(Enumerable.Repeat(none, 2)).Take(2).ToList();
        _journal.Record(EngineCode.DnsOverwritten, servers.Count == 0
            ? $"DHCP sent no DNS server: Primary and Secondary DNS are set to {none}, whatever the Initiator screen says."
            : $"DNS from DHCP: primary {dns[0]}, secondary {dns[1]} (the Initiator screen's DNS is overwritten).");
        return dns;
    }

    private void TraceDhcp(DhcpEvent e)
    {
        if (e.Kind is DhcpEventKind.Sent or DhcpEventKind.Received or DhcpEventKind.Dropped or DhcpEventKind.TimedOut or DhcpEventKind.Failed)
        {
            var severity = e.Kind is DhcpEventKind.Dropped or DhcpEventKind.TimedOut or DhcpEventKind.Failed
                ? BootEventSeverity.Warning
                : BootEventSeverity.Information;
            _journal.Record(_journal.Stage, severity, null,
                $"DHCP {e.Kind.ToString().ToLowerInvariant()}: {e.Summary}{(e.DropReason is { } r ? $" [{r}]" : "")}{(e.Detail is null ? "" : $" ({e.Detail})")}");
        }
    }

    private IPv6InterfaceAddress? Usable(IPv6AddressOrigin origin) =>
        _port.Stack.IPv6Addresses.FirstOrDefault(a => a.Origin == origin && a.IsUsable);

    private static DhcpIscsiOptions Options(Dhcp4Lease lease) => new("DHCP", lease.RootPath?.Text, lease.VendorClass, lease.VendorMatched,
        lease.FirstTarget?.Text, lease.SecondTarget?.Text, lease.InitiatorName, lease.HasVendorOptions);

    private static DhcpIscsiOptions Options(Dhcp6Lease lease) => new("DHCPv6", null, string.Join(", ", lease.VendorClass), lease.VendorMatched,
        lease.FirstTarget?.Text, lease.SecondTarget?.Text, lease.InitiatorName, lease.HasVendorOptions);

    private static int MaskToPrefix(IPAddress mask) =>
        System.Numerics.BitOperations.PopCount(System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(mask.GetAddressBytes()));
}
