using System.Diagnostics;

namespace FlexFabricSim.Interop.Tests.Tui;

/// <summary>
/// A real terminal for a test: a private tmux server (its own socket, so a user's tmux is never touched) running one
/// command in an 80x25 window; keys go in with <c>send-keys</c>, screens come out with <c>capture-pane</c>.
/// </summary>
internal sealed class TmuxTerminal : IDisposable
{
    private readonly string _socket = "ffs-tui-" + Guid.NewGuid().ToString("N")[..12];

    private TmuxTerminal()
    {
    }

    /// <summary>Every pane captured so far, in order, for failure messages.</summary>
    public List<string> Captures { get; } = [];

    /// <summary>Starts <paramref name="command"/> in a detached <paramref name="width"/>x<paramref name="height"/> session.</summary>
    public static TmuxTerminal Start(string command, int width = 80, int height = 25)
    {
        if (!IsInstalled())
        {
            throw new InvalidOperationException("tmux is not installed; run scripts/install-peers.sh (apt-get install tmux).");
        }
        var terminal = new TmuxTerminal();
        terminal.Tmux("new-session", "-d", "-s", "main", "-x", width.ToString(), "-y", height.ToString(), command);
        return terminal;
    }

    /// <summary>Sends tmux key names (<c>C-s</c>, <c>Enter</c>, <c>Escape</c>, <c>Down</c>) or literal text.</summary>
    public void Send(params string[] keys) => Tmux(["send-keys", "-t", "main", .. keys]);

    /// <summary>The screen now.</summary>
    public string Capture()
    {
        var pane = Tmux("capture-pane", "-p", "-t", "main");
        Captures.Add(pane);
        return pane;
    }

    /// <summary>Polls until the screen shows all <paramref name="texts"/>; after <paramref name="seconds"/> fails with it.</summary>
    public string WaitFor(double seconds, params string[] texts)
    {
        var deadline = Stopwatch.StartNew();
        string pane;
        do
        {
            pane = Capture();
            if (texts.All(t => pane.Contains(t, StringComparison.Ordinal)))
            {
                return pane;
            }
            Thread.Sleep(100);
        }
        while (deadline.Elapsed.TotalSeconds < seconds);
        throw new Xunit.Sdk.XunitException(
            $"The terminal never showed [{string.Join(", ", texts)}] within {seconds} s. Last screen:\n{pane}");
    }

    /// <summary>Whether the command is still running (its session closes when it exits).</summary>
    public bool IsRunning => Run("tmux", ["-L", _socket, "has-session", "-t", "main"]).Exit == 0;

    /// <summary>Stops the private tmux server and whatever still runs in it.</summary>
    public void Dispose() => Run("tmux", ["-L", _socket, "kill-server"]);

    private string Tmux(params string[] args)
    {
        var (exit, output, error) = Run("tmux", ["-L", _socket, .. args]);
        if (exit != 0)
        {
            throw new InvalidOperationException($"tmux {string.Join(' ', args)} failed ({exit}): {error}");
        }
        return output;
    }

    private static bool IsInstalled()
    {
        try
        {
            return Run("tmux", ["-V"]).Exit == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static (int Exit, string Output, string Error) Run(string file, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, error);
    }
}
