using System.Runtime.CompilerServices;
using FlexFabricSim.Interop.Tests.Infrastructure;

namespace FlexFabricSim.Interop.Tests.Stack;

/// <summary>Two namespaces joined by a veth: <c>flexfabric net host</c> on one end (no address set by the test), the Linux kernel on the other.</summary>
internal sealed class NetHostLab : IDisposable
{
    public const string HostMac = "02:00:00:00:00:10";
    public const string HostLinkLocal = "fe80::ff:fe00:10";
    public const string HostInterface = "vetha";
    public const string KernelInterface = "vethb";

    private readonly List<IDisposable> _owned = [];

    public NetHostLab()
    {
        Tools.RequireRoot();
        Simulated = NetworkNamespace.Create("sim");
        _owned.Add(Simulated);
        Kernel = NetworkNamespace.Create("kern");
        _owned.Add(Kernel);
        VethPair.Create(Simulated, Kernel, HostInterface, KernelInterface);
        // The simulated host shares vetha with the namespace's kernel: keep that kernel silent (no IPv6, no addresses).
        Simulated.Exec("sysctl", ["-qw", $"net.ipv6.conf.{HostInterface}.disable_ipv6=1"]).EnsureSuccess("disable IPv6 on the host side");
    }

    public NetworkNamespace Simulated { get; }

    public NetworkNamespace Kernel { get; }

    public PeerProcess? Host { get; private set; }

    /// <summary>Starts <c>flexfabric net host</c> on vetha with <paramref name="arguments"/> and waits until it is sending.</summary>
    public PeerProcess StartHost(params string[] arguments)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "flexfabric.dll");
        Host = Simulated.Start("dotnet", [cli, "net", "host", "--interface", HostInterface, "--mac", HostMac, .. arguments]);
        _owned.Insert(0, Host);
        Host.WaitForOutput("ready:", TimeSpan.FromSeconds(30));
        return Host;
    }

    /// <summary>Waits until the host's link-local address has passed duplicate address detection.</summary>
    public void WaitForLinkLocal() => Host!.WaitForOutput($"address: {HostLinkLocal}/64", TimeSpan.FromSeconds(10));

    /// <summary>Runs a command in the kernel's namespace.</summary>
    public ShellResult InKernel(string program, params string[] arguments) => Kernel.Exec(program, arguments, TimeSpan.FromSeconds(180));

    /// <summary>Stops the host (SIGTERM, as Ctrl-C) and returns everything it printed.</summary>
    public string StopHost()
    {
        var host = Host ?? throw new InvalidOperationException("no host started");
        host.Dispose();
        _owned.Remove(host);
        return host.Output;
    }

    /// <summary>A helper script kept next to this file (echo_client.py, vlan_arp_probe.py).</summary>
    public static string ScriptNextToThisFile(string name, [CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, name);

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }
    }
}
