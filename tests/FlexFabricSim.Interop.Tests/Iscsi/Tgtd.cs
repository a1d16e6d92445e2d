using System.Globalization;
using FlexFabricSim.Interop.Tests.Infrastructure;

namespace FlexFabricSim.Interop.Tests.Iscsi;

/// <summary>A private tgtd (package tgt) on a loopback port with its own control channel, configured with tgtadm; stopped by PID.</summary>
public sealed class Tgtd : IDisposable
{
    private readonly PeerProcess _process;
    private readonly string _control;

    private Tgtd(PeerProcess process, string control, int port)
    {
        _process = process;
        _control = control;
        Port = port;
    }

    /// <summary>The iSCSI port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>Starts tgtd and waits for its portal.</summary>
    public static Tgtd Start()
    {
        var tgtd = Tools.Require("tgtd", "tgt");
        Tools.Require("tgtadm", "tgt");
        var port = FreePort.Tcp();
        var control = (1000 + Random.Shared.Next(30000)).ToString(CultureInfo.InvariantCulture);
        var process = PeerProcess.Start(tgtd, ["-f", "-C", control, "--iscsi", $"portal=127.0.0.1:{port}"]);
        var daemon = new Tgtd(process, control, port);
        try
        {
            process.WaitForTcpPort("127.0.0.1", port);
            process.WaitUntil(() => daemon.TryAdm("--mode", "target", "--op", "show").ExitCode == 0, "tgtadm control channel");
            return daemon;
        }
        catch
        {
            daemon.Dispose();
            throw;
        }
    }

    /// <summary>Adds target <paramref name="tid"/> named <paramref name="name"/> with LUN 1 backed by <paramref name="file"/>, open to all initiators.</summary>
    public void AddTarget(int tid, string name, string file)
    {
        var t = tid.ToString(CultureInfo.InvariantCulture);
        Adm("--mode", "target", "--op", "new", "--tid", t, "-T", name);
        Adm("--mode", "logicalunit", "--op", "new", "--tid", t, "--lun", "1", "-b", file);
        Adm("--mode", "target", "--op", "bind", "--tid", t, "-I", "ALL");
    }

    /// <summary>Requires CHAP as <paramref name="user"/> (incoming) and, when given, answers mutual CHAP as <paramref name="outgoing"/>.</summary>
    public void RequireChap(int tid, string user, string secret, (string User, string Secret)? outgoing = null)
    {
        var t = tid.ToString(CultureInfo.InvariantCulture);
        Adm("--mode", "account", "--op", "new", "--user", user, "--password", secret);
        Adm("--mode", "account", "--op", "bind", "--tid", t, "--user", user);
        if (outgoing is { } o)
        {
            Adm("--mode", "account", "--op", "new", "--user", o.User, "--password", o.Secret);
            Adm("--mode", "account", "--op", "bind", "--tid", t, "--user", o.User, "--outgoing");
        }
    }

    /// <summary>Stops tgtd by PID.</summary>
    public void Dispose() => _process.Dispose();

    private void Adm(params string[] args) => TryAdm(args).EnsureSuccess($"tgtadm {string.Join(' ', args)}");

    private ShellResult TryAdm(params string[] args) =>
        Shell.Run(Tools.Require("tgtadm", "tgt"), new[] { "-C", _control, "--lld", "iscsi" }.Concat(args), TimeSpan.FromSeconds(20));
}
