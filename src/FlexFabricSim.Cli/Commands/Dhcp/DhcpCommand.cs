using System.CommandLine;
using System.Net.Sockets;
using FlexFabricSim.Net.Dhcp;
using FlexFabricSim.Net.Dhcp4;
using FlexFabricSim.Net.Dhcp6;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Links;
using FlexFabricSim.Net.Stack;

namespace FlexFabricSim.Cli.Commands.Dhcp;

/// <summary>
/// <c>flexfabric dhcp probe</c>: the adapter's DHCP client on a real interface, to check what a DHCP server gives this card.
/// </summary>
/// <remarks>
/// For support engineers: it runs the card's own client (vendor class, option 43 / DHCPv6 16-17 handling) on the adapter's
/// stack over a raw packet socket, and prints the lease and the iSCSI boot parameters as the card would read them.
/// </remarks>
public static class DhcpCommand
{
    /// <summary>Builds <c>dhcp</c> and its <c>probe</c> subcommand.</summary>
    public static Command Create()
    {
        var dhcp = new Command("dhcp", "The adapter's DHCP client against a real DHCP server.");
        dhcp.Subcommands.Add(CreateProbe());
        return dhcp;
    }

    private static Command CreateProbe()
    {
        var iface = new Option<string>("--interface")
        {
            Description = "The network interface to run on (needs root: raw packet socket).",
            Required = true,
        };
        var mac = new Option<string?>("--mac")
        {
            Description = "The port MAC the adapter uses (default: the interface's own; another MAC is received in promiscuous mode).",
        };
        var ipv6 = new Option<bool>("--ipv6") { Description = "Run DHCPv6 (SOLICIT/ADVERTISE/REQUEST/REPLY) instead of DHCPv4." };
        var vendorId = new Option<string>("--vendor-id")
        {
            Description = "The DHCP Vendor ID (option 60 / DHCPv6 vendor class), at most 32 characters.",
            DefaultValueFactory = _ => IscsiBootVendor.BroadcomVendorId,
        };
        var matching = new Option<VendorIdMatching?>("--vendor-match")
        {
            Description = "How the server's vendor class must match: Exact (DHCPv4 default) or Prefix (DHCPv6 default).",
        };
        var vlan = new Option<int?>("--vlan") { Description = "Tag frames with this VLAN id (1-4094), as VLAN Mode does." };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Give up after this many seconds overall.",
            DefaultValueFactory = _ => 90,
        };
        var json = new Option<bool>("--json") { Description = "Print the lease as JSON." };
        var trace = new Option<bool>("--trace") { Description = "Print every DHCP event (sent, received, dropped, state) to stderr." };

        const string about = "Obtain a lease as the adapter would; print it with its iSCSI boot parameters (exit 1 without one).";
        var probe = new Command("probe", about)
        {
            iface, mac, ipv6, vendorId, matching, vlan, timeout, json, trace,
        };
        probe.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var vendor = parseResult.GetValue(vendorId)!;
            if (vendor.Length > IscsiBootVendor.MaxVendorIdLength)
            {
                error.WriteLine($"--vendor-id: at most {IscsiBootVendor.MaxVendorIdLength} characters");
                return 2;
            }
            MacAddress? chosenMac = null;
            if (parseResult.GetValue(mac) is { } macText)
            {
                if (!MacAddress.TryParse(macText, out var parsed) || parsed.IsMulticast || parsed == MacAddress.Zero)
                {
                    error.WriteLine($"--mac '{macText}': expected a unicast MAC address such as 00:10:18:aa:bb:1c");
                    return 2;
                }
                chosenMac = parsed;
            }
            if (parseResult.GetValue(vlan) is { } vlanId && vlanId is < 1 or > 4094)
            {
                error.WriteLine("--vlan: between 1 and 4094");
                return 2;
            }
            var seconds = parseResult.GetValue(timeout);
            if (seconds is < 1 or > 3600)
            {
                error.WriteLine("--timeout: between 1 and 3600 seconds");
                return 2;
            }

            RawInterfaceLink link;
            try
            {
                link = RawInterfaceLink.Open(parseResult.GetValue(iface)!);
            }
            catch (ArgumentException e)
            {
                error.WriteLine(e.Message);
                return 2;
            }
            catch (Exception e) when (e is UnauthorizedAccessException or PlatformNotSupportedException or SocketException)
            {
                error.WriteLine($"cannot open {parseResult.GetValue(iface)}: {e.Message}");
                return 1;
            }

            using (link)
            using (var scheduler = new EventLoopScheduler("dhcp-probe"))
            using (var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                deadline.CancelAfter(TimeSpan.FromSeconds(seconds));
                Action<DhcpEvent>? log = parseResult.GetValue(trace) ? e => error.WriteLine(e.ToString()) : null;
                var request = new ProbeRequest(chosenMac ?? link.InterfaceMac, parseResult.GetValue(ipv6), vendor,
                    parseResult.GetValue(matching), (ushort?)parseResult.GetValue(vlan), log);
                try
                {
                    var report = await scheduler.InvokeAsync(() => RunAsync(scheduler, link, request, deadline.Token));
                    output.Write(parseResult.GetValue(json) ? report.ToJson() : report.ToText());
                    return report.Succeeded ? 0 : 1;
                }
                catch (OperationCanceledException)
                {
                    error.WriteLine(cancellationToken.IsCancellationRequested ? "interrupted" : $"no lease within {seconds} s");
                    return 1;
                }
            }
        });
        return probe;
    }

    /// <summary>What to probe with.</summary>
    private sealed record ProbeRequest(
        MacAddress Mac, bool IPv6, string VendorId, VendorIdMatching? Matching, ushort? Vlan, Action<DhcpEvent>? Trace);

    /// <summary>On the scheduler: bring the stack up, run one exchange, return what the card would see.</summary>
    private static async Task<DhcpProbeReport> RunAsync(EventLoopScheduler scheduler, RawInterfaceLink link, ProbeRequest request,
        CancellationToken cancellationToken)
    {
        var options = new NetworkStackOptions { Mac = request.Mac, Name = "adapter", VlanId = request.Vlan, EnableIPv6 = request.IPv6 };
        using var stack = new NetworkStack(options, scheduler, link);
        await stack.WaitForLinkAsync(cancellationToken);
        var time = scheduler.TimeProvider;
        if (request.IPv6)
        {
            // DHCPv6 is sent from the link-local address, usable once duplicate address detection has passed.
            while (stack.IPv6LinkLocalAddress is null)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), time, cancellationToken);
            }
            using var transport6 = UdpDhcpTransport.OpenDhcp6Client(stack);
            var options6 = new Dhcp6ClientOptions { MacAddress = request.Mac, VendorId = request.VendorId };
            options6 = request.Matching is { } m6 ? options6 with { VendorIdMatching = m6 } : options6;
            var result6 = await new Dhcp6Client(transport6, options6, time, trace: request.Trace).AcquireAsync(cancellationToken);
            return DhcpProbeReport.From(result6);
        }

        using var transport = UdpDhcpTransport.OpenDhcp4Client(stack);
        var options4 = new Dhcp4ClientOptions { MacAddress = request.Mac, VendorId = request.VendorId };
        options4 = request.Matching is { } m4 ? options4 with { VendorIdMatching = m4 } : options4;
        var result4 = await new Dhcp4Client(transport, options4, time, trace: request.Trace).AcquireAsync(cancellationToken);
        return DhcpProbeReport.From(result4);
    }
}
