using System.Diagnostics;

namespace FlexFabricSim.Interop.Tests.Infrastructure;

/// <summary>The outcome of a finished command: exit code and everything it printed.</summary>
public sealed record ShellResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Throws with the command's output unless it exited 0.</summary>
    public ShellResult EnsureSuccess(string what)
    {
        if (ExitCode != 0)
        {
            throw new InvalidOperationException($"{what} exited {ExitCode}: {StandardError.Trim()} {StandardOutput.Trim()}");
        }
        return this;
    }
}

/// <summary>Runs short-lived commands (ip, tshark, iscsi-ls, ...) with a time limit, so a stuck peer fails a test instead of hanging it.</summary>
public static class Shell
{
    /// <summary>Runs <paramref name="program"/> with <paramref name="args"/>; kills it after <paramref name="timeout"/> (default 60 s).</summary>
    public static ShellResult Run(string program, IEnumerable<string> args, TimeSpan? timeout = null, string? stdin = null)
    {
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {program}");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            p.StandardInput.Write(stdin);
            p.StandardInput.Close();
        }
        if (!p.WaitForExit(timeout ?? TimeSpan.FromSeconds(60)))
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish in {timeout ?? TimeSpan.FromSeconds(60)}");
        }
        return new ShellResult(p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs a command and throws unless it exits 0.</summary>
    public static string Check(string program, params string[] args) =>
        Run(program, args).EnsureSuccess($"{program} {string.Join(' ', args)}").StandardOutput;
}
