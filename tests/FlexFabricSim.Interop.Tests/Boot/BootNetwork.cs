using System.Globalization;
using System.Text.Json;
using FlexFabricSim.Cli;
using FlexFabricSim.Interop.Tests.Infrastructure;

namespace FlexFabricSim.Interop.Tests.Boot;

/// <summary>
/// Two namespaces joined by a veth: the simulated adapter (<c>flexfabric boot --network real</c>) on <c>vetha</c> in one,
/// the real peers (tgtd, dnsmasq) on <c>vethb</c> = 192.0.2.1/24 in the other. Everything is torn down on dispose.
/// </summary>
internal sealed class BootNetwork : IDisposable
{
    public const string AdapterInterface = "vetha";
    public const string PeerInterface = "vethb";
    public const string PeerAddress = "192.0.2.1";
    public const string TargetName = "iqn.2026-11.lab.tgtd:boot";

    private readonly List<IDisposable> _owned = [];
    // tgtd takes control ports up to 32767; this range stays clear of the iSCSI tests' 1000-31000.
    private readonly string _control = (31001 + Random.Shared.Next(1700)).ToString(CultureInfo.InvariantCulture);

    public BootNetwork()
    {
        Tools.RequireRoot();
        Tools.Require("tgtd", "tgt");
        Tools.Require("tgtadm", "tgt");
        Folder = Path.Combine(Path.GetTempPath(), "ffsim-boot-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        Adapter = NetworkNamespace.Create("bsim");
        _owned.Add(Adapter);
        Peers = NetworkNamespace.Create("bsrv");
        _owned.Add(Peers);
        VethPair.Create(Adapter, Peers, AdapterInterface, PeerInterface);
        // The adapter's own stack uses vetha; the namespace's kernel must stay silent on it.
        Adapter.Exec("sysctl", ["-qw", $"net.ipv6.conf.{AdapterInterface}.disable_ipv6=1"]).EnsureSuccess("disable IPv6 on the adapter side");
        Peers.Ip("addr", "add", $"{PeerAddress}/24", "dev", PeerInterface);
    }

    public string Folder { get; }

    public NetworkNamespace Adapter { get; }

    public NetworkNamespace Peers { get; }

    /// <summary>Starts tgtd in the peers' namespace with one target whose LUN 1 is a 16 MiB disk carrying an MBR signature.</summary>
    public void StartTgtd((string User, string Secret)? chap = null, (string User, string Secret)? mutual = null)
    {
        var disk = Path.Combine(Folder, "boot-disk.img");
        using (var file = File.Create(disk))
        {
            file.SetLength(16 << 20);
            file.Position = 510;
            file.Write([0x55, 0xAA]);
        }
        var tgtd = Peers.Start(Tools.Require("tgtd", "tgt"), ["-f", "-C", _control, "--iscsi", $"portal={PeerAddress}:3260"]);
        _owned.Insert(0, tgtd);
        tgtd.WaitUntil(() => Adm("--mode", "target", "--op", "show").ExitCode == 0, "tgtadm control channel", TimeSpan.FromSeconds(20));
        Check("--mode", "target", "--op", "new", "--tid", "1", "-T", TargetName);
        Check("--mode", "logicalunit", "--op", "new", "--tid", "1", "--lun", "1", "-b", disk);
        Check("--mode", "target", "--op", "bind", "--tid", "1", "-I", "ALL");
        if (chap is { } c)
        {
            Check("--mode", "account", "--op", "new", "--user", c.User, "--password", c.Secret);
            Check("--mode", "account", "--op", "bind", "--tid", "1", "--user", c.User);
        }
        if (mutual is { } m)
        {
            Check("--mode", "account", "--op", "new", "--user", m.User, "--password", m.Secret);
            Check("--mode", "account", "--op", "bind", "--tid", "1", "--user", m.User, "--outgoing");
        }
    }

    /// <summary>Starts dnsmasq in the peers' namespace with <paramref name="options"/> lines added to a DHCP-only configuration.</summary>
    public void StartDnsmasq(string options)
    {
        var config = Path.Combine(Folder, "dnsmasq.conf");
        File.WriteAllText(config, $"""
            port=0
            interface={PeerInterface}
            bind-interfaces
            no-ping
            dhcp-range=192.0.2.100,192.0.2.150,255.255.255.0,1h
            dhcp-leasefile={Path.Combine(Folder, "dnsmasq.leases")}
            log-dhcp
            {options}
            """);
        var dnsmasq = Peers.Start(Tools.Require("dnsmasq", "dnsmasq-base"), ["--no-daemon", $"--conf-file={config}", $"--pid-file={Path.Combine(Folder, "dnsmasq.pid")}"]);
        _owned.Insert(0, dnsmasq);
        dnsmasq.WaitForOutput("DHCP, IP range", TimeSpan.FromSeconds(20));
    }

    /// <summary>Makes an image with <paramref name="settings"/> through the CLI (in-process): Boot Protocol iSCSI, no banner wait.</summary>
    public string Image(params string[] settings)
    {
        var image = Path.Combine(Folder, "card.ffimg");
        Run("nvram", "new", "--model", "534FLR-SFP+", "--mac", "00:17:A4:77:01:10", "--out", image);
        Run(["nvram", "set", image, "--port", "0", "mba.boot-protocol=iscsi", "mba.banner-message-timeout=0", .. settings]);
        return image;
    }

    /// <summary>Runs <c>flexfabric boot --network real</c> in the adapter's namespace and returns its exit code, JSON and stderr.</summary>
    public (int ExitCode, JsonDocument? Json, string Error) Boot(string image, params string[] more)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "flexfabric.dll");
        var result = Adapter.Exec("dotnet", [cli, "boot", "--image", image, "--network", "real", "--interface", AdapterInterface, "--json",
            "--pcap", Path.Combine(Folder, "boot.pcapng"), .. more], TimeSpan.FromSeconds(180));
        JsonDocument? json = null;
        try
        {
            json = JsonDocument.Parse(result.StandardOutput);
        }
        catch (JsonException)
        {
            // Left null: the assertion prints what was written.
        }
        return (result.ExitCode, json, result.StandardError + result.StandardOutput);
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }
        Directory.Delete(Folder, recursive: true);
    }

    private static void Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = FlexFabricCommand.Run(args, output, error);
        if (exit != 0)
        {
            throw new InvalidOperationException($"flexfabric {string.Join(' ', args)} exited {exit}: {error}{output}");
        }
    }

    private ShellResult Adm(params string[] args) =>
        Shell.Run(Tools.Require("tgtadm", "tgt"), new[] { "-C", _control, "--lld", "iscsi" }.Concat(args), TimeSpan.FromSeconds(20));

    private void Check(params string[] args) => Adm(args).EnsureSuccess($"tgtadm {string.Join(' ', args)}");
}
