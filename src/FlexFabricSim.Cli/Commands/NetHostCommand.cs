using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using FlexFabricSim.Net;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Stack;

namespace FlexFabricSim.Cli.Commands;

/// <summary><c>flexfabric net host</c>: a simulated host with the adapter's stack on a real interface (AF_PACKET; root needed).</summary>
public static class NetHostCommand
{
    /// <summary>Builds the <c>host</c> subcommand.</summary>
    public static Command Create()
    {
        var interfaceName = new Option<string>("--interface") { Description = "The Linux interface to put the host on, e.g. veth0.", Required = true };
        var mac = new Option<string>("--mac") { Description = "The host's own MAC address, e.g. 02:00:00:00:00:10 (not the interface's).", Required = true };
        var ip = new Option<string?>("--ip") { Description = "A static address ADDRESS/PREFIX (IPv4 or IPv6), e.g. 192.0.2.10/24." };
        var gateway = new Option<string?>("--gateway") { Description = "Default gateway for --ip." };
        var autoconf = new Option<bool>("--ipv6-autoconf") { Description = "Send router solicitations (3, 4 s apart) and form SLAAC addresses." };
        var vlan = new Option<int?>("--vlan") { Description = "Tag every frame with this VLAN ID (1-4094) and accept only frames tagged with it." };
        var timestamps = new Option<string>("--tcp-timestamps") { Description = "Offer the TCP timestamps option: on or off.", DefaultValueFactory = _ => "off" };
        timestamps.AcceptOnlyFromAmong("on", "off");
        var echoPort = new Option<int?>("--echo-port") { Description = "Run a TCP echo service on this port." };
        var linkUpDelay = new Option<int>("--link-up-delay") { Description = "Seconds to wait after link-up before sending (0-255, NVRAM Link Up Delay Time)." };
        var pcap = new Option<string?>("--pcap") { Description = "Write every frame that crosses the interface to this pcapng file." };
        var duration = new Option<double?>("--for") { Description = "Stop after this many seconds (default: run until Ctrl-C or SIGTERM)." };
        var verbose = new Option<bool>("--verbose") { Description = "Also print every dropped frame and TCP state change." };

        var host = new Command("host", "Put a simulated host on a real interface: it answers ARP/ND and ping, serves TCP echo if asked, and prints what it learns.")
        {
            interfaceName, mac, ip, gateway, autoconf, vlan, timestamps, echoPort, linkUpDelay, pcap, duration, verbose,
        };
        host.SetAction(async (parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var settings = Validate(parseResult, error, interfaceName, mac, ip, gateway, autoconf, vlan, timestamps, echoPort, linkUpDelay, pcap, duration, verbose);
            if (settings is null)
            {
                return 2;
            }

            return await NetHostSession.RunAsync(settings, parseResult.InvocationConfiguration.Output, error, cancellationToken);
        });
        return host;
    }

    private static NetHostSettings? Validate(ParseResult result, TextWriter error, Option<string> interfaceName, Option<string> mac,
        Option<string?> ip, Option<string?> gateway, Option<bool> autoconf, Option<int?> vlan, Option<string> timestamps,
        Option<int?> echoPort, Option<int> linkUpDelay, Option<string?> pcap, Option<double?> duration, Option<bool> verbose)
    {
        if (!MacAddress.TryParse(result.GetValue(mac), out var address) || address.IsMulticast || address == MacAddress.Zero)
        {
            error.WriteLine($"--mac '{result.GetValue(mac)}': expected a unicast MAC address such as 02:00:00:00:00:10");
            return null;
        }

        IPPrefix? prefix = null;
        if (result.GetValue(ip) is { } ipText)
        {
            if (!IPPrefix.TryParse(ipText, out var parsed))
            {
                error.WriteLine($"--ip '{ipText}': expected ADDRESS/PREFIX, e.g. 192.0.2.10/24 or 2001:db8::10/64");
                return null;
            }

            prefix = parsed;
        }

        IPAddress? router = null;
        if (result.GetValue(gateway) is { } gatewayText)
        {
            if (!IPAddress.TryParse(gatewayText, out router) || prefix is null || router.AddressFamily != prefix.Value.Address.AddressFamily)
            {
                error.WriteLine($"--gateway '{gatewayText}': expected an address of the same family as --ip (and --ip itself)");
                return null;
            }
        }

        if (result.GetValue(vlan) is { } id && id is < 1 or > 4094)
        {
            error.WriteLine($"--vlan {id}: a VLAN ID is 1-4094");
            return null;
        }

        if (result.GetValue(echoPort) is { } port && port is < 1 or > 65535)
        {
            error.WriteLine($"--echo-port {port}: a port is 1-65535");
            return null;
        }

        var delay = result.GetValue(linkUpDelay);
        if (delay is < 0 or > 255)
        {
            error.WriteLine($"--link-up-delay {delay}: the card allows 0-255 seconds");
            return null;
        }

        if (result.GetValue(duration) is { } seconds && (seconds <= 0 || double.IsNaN(seconds) || seconds > TimeSpan.FromDays(1).TotalSeconds))
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"--for {seconds}: expected a number of seconds above 0 (at most a day)"));
            return null;
        }

        var ipv4 = prefix is { Address.AddressFamily: AddressFamily.InterNetwork } ? prefix : null;
        var ipv6 = prefix is { Address.AddressFamily: AddressFamily.InterNetworkV6 } ? prefix : null;
        var options = new NetworkStackOptions
        {
            Mac = address,
            Name = address.ToString(),
            VlanId = result.GetValue(vlan) is { } v ? (ushort)v : null,
            LinkUpDelay = TimeSpan.FromSeconds(delay),
            IPv4Address = ipv4,
            IPv4Gateway = ipv4 is null ? null : router,
            IPv6Address = ipv6,
            IPv6Gateway = ipv6 is null ? null : router,
            IPv6Autoconfiguration = result.GetValue(autoconf),
            Tcp = new Net.Tcp.TcpSettings { Timestamps = result.GetValue(timestamps) == "on" },
        };
        return new NetHostSettings(result.GetValue(interfaceName)!, options, result.GetValue(echoPort), result.GetValue(pcap),
            result.GetValue(duration) is { } d ? TimeSpan.FromSeconds(d) : null, result.GetValue(verbose));
    }
}

/// <summary>What <c>net host</c> was asked to do, validated.</summary>
/// <param name="InterfaceName">The interface.</param>
/// <param name="Stack">The stack's options.</param>
/// <param name="EchoPort">TCP echo port, or null.</param>
/// <param name="PcapPath">Capture file, or null.</param>
/// <param name="Duration">How long to run, or null for until interrupted.</param>
/// <param name="Verbose">Print drops and TCP state changes too.</param>
public sealed record NetHostSettings(string InterfaceName, NetworkStackOptions Stack, int? EchoPort, string? PcapPath, TimeSpan? Duration, bool Verbose);
