using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace FlexFabricSim.Interop.Tests.Infrastructure;

/// <summary>A long-running real peer (tgtd, dnsmasq, kea, radvd, our own CLI) started by a test and stopped by its PID.</summary>
public sealed class PeerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly object _gate = new();

    private PeerProcess(Process process, string description)
    {
        _process = process;
        Description = description;
    }

    /// <summary>What was started, for error messages.</summary>
    public string Description { get; }

    /// <summary>The peer's process id.</summary>
    public int Pid => _process.Id;

    /// <summary>Whether the peer has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Everything the peer printed so far (stdout and stderr interleaved).</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <paramref name="program"/>; when <paramref name="netns"/> is given, inside that network namespace.</summary>
    public static PeerProcess Start(string program, IEnumerable<string> args, string? netns = null, IDictionary<string, string>? env = null)
    {
        var argList = args.ToList();
        var psi = netns is null ? new ProcessStartInfo(program) : new ProcessStartInfo("ip");
        if (netns is not null)
        {
            psi.ArgumentList.Add("netns");
            psi.ArgumentList.Add("exec");
            psi.ArgumentList.Add(netns);
            psi.ArgumentList.Add(program);
        }
        foreach (var a in argList)
        {
            psi.ArgumentList.Add(a);
        }
        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.UseShellExecute = false;
        foreach (var (k, v) in env ?? new Dictionary<string, string>())
        {
            psi.Environment[k] = v;
        }
        var process = new Process { StartInfo = psi, EnableRaisingEvents = true };
        var peer = new PeerProcess(process, $"{(netns is null ? "" : $"[netns {netns}] ")}{program} {string.Join(' ', argList)}");
        process.OutputDataReceived += (_, e) => peer.Append(e.Data);
        process.ErrorDataReceived += (_, e) => peer.Append(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"could not start {peer.Description}");
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return peer;
    }

    /// <summary>Waits until the peer prints <paramref name="text"/>; fails with its output if it exits or the time runs out.</summary>
    public void WaitForOutput(string text, TimeSpan? timeout = null)
    {
        WaitUntil(() => Output.Contains(text, StringComparison.Ordinal), $"output '{text}'", timeout);
    }

    /// <summary>Waits until a TCP port accepts connections on the host's loopback (for peers not in a namespace).</summary>
    public void WaitForTcpPort(string host, int port, TimeSpan? timeout = null)
    {
        WaitUntil(() =>
        {
            try
            {
                using var c = new TcpClient();
                c.Connect(host, port);
                return true;
            }
            catch (SocketException)
            {
                return false;
            }
        }, $"TCP {host}:{port}", timeout);
    }

    /// <summary>Polls <paramref name="condition"/> until true; fails with the peer's output if it exits first or the time runs out.</summary>
    public void WaitUntil(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = Stopwatch.StartNew();
        var limit = timeout ?? TimeSpan.FromSeconds(20);
        while (!condition())
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Description} exited ({_process.ExitCode}) before {what}:\n{Output}");
            }
            if (deadline.Elapsed > limit)
            {
                throw new TimeoutException($"{Description}: no {what} within {limit}:\n{Output}");
            }
            Thread.Sleep(25);
        }
    }

    /// <summary>Stops the peer by PID: SIGTERM (via kill), then SIGKILL after two seconds.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                Shell.Run("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(5));
                if (!_process.WaitForExit(2000))
                {
                    _process.Kill(entireProcessTree: true);
                    _process.WaitForExit(2000);
                }
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_gate)
        {
            _output.AppendLine(line);
        }
    }
}
