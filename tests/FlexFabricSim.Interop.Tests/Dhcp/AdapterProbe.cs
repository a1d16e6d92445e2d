using System.Text.Json;
using FlexFabricSim.Interop.Tests.Infrastructure;

namespace FlexFabricSim.Interop.Tests.Dhcp;

/// <summary>
/// Runs <c>flexfabric dhcp probe</c> (our client on the adapter's stack over a raw socket) inside the adapter's namespace.
/// </summary>
public static class AdapterProbe
{
    /// <summary>The simulated port's MAC: not the veth's own, as the card's iSCSI MAC is not the host's.</summary>
    public const string Mac = "00:10:18:aa:bb:1c";

    /// <summary>The probe's JSON report, its trace (stderr) and exit code.</summary>
    public sealed record Outcome(int ExitCode, JsonElement Report, string Trace)
    {
        /// <summary>A string member of the report, or null.</summary>
        public string? Text(string name) =>
            Report.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        /// <summary>A member of the report; fails with the trace when missing.</summary>
        public JsonElement Get(string name) =>
            Report.TryGetProperty(name, out var v) ? v : throw new Xunit.Sdk.XunitException($"no '{name}' in {Report}\n{Trace}");
    }

    /// <summary>Probes with <paramref name="vendorId"/>, over DHCPv6 when <paramref name="ipv6"/>.</summary>
    public static Outcome Run(DhcpNetwork network, string vendorId = "BRCM ISAN", bool ipv6 = false, int timeoutSeconds = 45)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "flexfabric.dll");
        if (!File.Exists(cli))
        {
            throw new InvalidOperationException($"flexfabric.dll is not in {AppContext.BaseDirectory}: build the Cli project");
        }
        List<string> args =
        [
            cli, "dhcp", "probe", "--interface", DhcpNetwork.AdapterInterface, "--mac", Mac, "--vendor-id", vendorId, "--json", "--trace",
            "--timeout", timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ];
        if (ipv6)
        {
            args.Add("--ipv6");
        }
        var result = network.Adapter.Exec(DotnetHost(), args, TimeSpan.FromSeconds(timeoutSeconds + 30));
        JsonElement report;
        try
        {
            report = JsonDocument.Parse(result.StandardOutput).RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new Xunit.Sdk.XunitException(
                $"probe exited {result.ExitCode} without a JSON report:\n{result.StandardOutput}\n{result.StandardError}");
        }
        return new Outcome(result.ExitCode, report, result.StandardError);
    }

    /// <summary>The dotnet host running these tests (so the probe uses the same runtime).</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }
        return Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet"
            ? path
            : Tools.Require("dotnet", "dotnet-sdk-10.0");
    }
}
