using FlexFabricSim.Interop.Tests.Infrastructure;

namespace FlexFabricSim.Interop.Tests.Iscsi;

/// <summary><c>flexfabric target serve</c> run as its own process on a loopback port, as a user would start it; stopped by PID.</summary>
public sealed class FakeTargetProcess : IDisposable
{
    private readonly PeerProcess _process;

    private FakeTargetProcess(PeerProcess process, int port)
    {
        _process = process;
        Port = port;
    }

    /// <summary>The port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>What the target printed.</summary>
    public string Output => _process.Output;

    /// <summary>Whether the target process has exited (it never should while a test uses it).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Starts the CLI's target with <paramref name="arguments"/> after <c>--portal</c>; waits for its listening line.</summary>
    public static FakeTargetProcess Start(int port, params string[] arguments)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "flexfabric.dll");
        var process = PeerProcess.Start("dotnet", [cli, "target", "serve", "--portal", $"127.0.0.1:{port}", .. arguments]);
        try
        {
            process.WaitForOutput("listening on");
            return new FakeTargetProcess(process, port);
        }
        catch
        {
            process.Dispose();
            throw;
        }
    }

    /// <summary>Stops the target by PID (SIGTERM: it flushes its LUNs and exits).</summary>
    public void Dispose() => _process.Dispose();
}
