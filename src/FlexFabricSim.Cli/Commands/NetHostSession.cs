using System.Globalization;
using FlexFabricSim.Net.Capture;
using FlexFabricSim.Net.Links;
using FlexFabricSim.Net.Stack;
using FlexFabricSim.Net.Tcp;

namespace FlexFabricSim.Cli.Commands;

/// <summary>Runs one <c>net host</c>: the stack on its own loop thread over a raw interface, an optional echo service and capture.</summary>
public static class NetHostSession
{
    /// <summary>Runs until <paramref name="cancellationToken"/> fires or the duration passes; returns the exit code.</summary>
    public static async Task<int> RunAsync(NetHostSettings settings, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        RawInterfaceLink link;
        try
        {
            link = RawInterfaceLink.Open(settings.InterfaceName);
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"--interface: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or System.Net.Sockets.SocketException or PlatformNotSupportedException)
        {
            error.WriteLine($"cannot open {settings.InterfaceName}: {e.Message}");
            return 1;
        }

        var gate = new object();
        void Say(string line)
        {
            lock (gate)
            {
                output.WriteLine(line);
                output.Flush();
            }
        }

        AtomicFile? file = null;
        PcapngWriter? writer = null;
        using var loop = new EventLoopScheduler($"net-host-{settings.InterfaceName}");
        try
        {
            if (settings.PcapPath is { } path)
            {
                file = AtomicFile.Create(path);
                writer = new PcapngWriter(file.Stream, leaveOpen: true);
                PcapngTap.Attach(link, writer);
            }

            Say($"host {settings.Stack.Mac} on {link.Name} (ifindex {link.InterfaceIndex}, interface MAC {link.InterfaceMac})");
            var stack = await loop.InvokeAsync(() =>
            {
                var created = new NetworkStack(settings.Stack, loop, link);
                created.EventRaised += (_, e) => Report(e, settings.Verbose, Say);
                if (settings.EchoPort is { } port)
                {
                    var listener = created.ListenTcp(port, backlog: 64);
                    _ = ServeEchoAsync(listener, Say);
                    Say($"echo: listening on TCP port {port}");
                }

                return Task.FromResult(created);
            });

            await WaitAsync(settings.Duration, loop.Completion, cancellationToken);
            var summary = await loop.InvokeAsync(() =>
            {
                var text = Summarize(stack);
                stack.Dispose();
                return Task.FromResult(text);
            });
            Say(summary);
            return 0;
        }
        catch (Exception e) when (loop.Completion.IsFaulted)
        {
            error.WriteLine($"the network stack failed: {loop.Completion.Exception?.InnerException?.Message ?? e.Message}");
            return 1;
        }
        finally
        {
            link.Dispose();
            loop.Dispose();
            if (writer is not null)
            {
                writer.Dispose();
                file!.Commit();
            }

            file?.Dispose();
        }
    }

    private static async Task WaitAsync(TimeSpan? duration, Task loopStopped, CancellationToken cancellationToken)
    {
        try
        {
            var delay = Task.Delay(duration ?? Timeout.InfiniteTimeSpan, cancellationToken);
            await Task.WhenAny(delay, loopStopped);
            if (loopStopped.IsFaulted)
            {
                await loopStopped;
            }
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C or SIGTERM: a normal way to stop.
        }
    }

    private static void Report(StackEvent e, bool verbose, Action<string> say)
    {
        if (!verbose && e.Kind is StackEventKind.FrameDropped or StackEventKind.TcpStateChanged)
        {
            return;
        }

        var label = e.Kind switch
        {
            StackEventKind.LinkReady => "ready",
            StackEventKind.AddressAssigned => "address",
            StackEventKind.RouterLearned => "router",
            StackEventKind.PrefixLearned => "prefix",
            _ => e.Kind.ToString(),
        };
        say(string.Create(CultureInfo.InvariantCulture, $"{e.Time:HH:mm:ss.fff} {label}: {e.Message}"));
    }

    /// <summary>Echoes every connection until the listener closes with the stack.</summary>
    private static async Task ServeEchoAsync(TcpListener listener, Action<string> say)
    {
        while (true)
        {
            TcpConnection connection;
            try
            {
                connection = await listener.AcceptAsync();
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            _ = EchoAsync(connection, say);
        }
    }

    private static async Task EchoAsync(TcpConnection connection, Action<string> say)
    {
        var peer = connection.RemoteEndPoint;
        say($"echo: connection from {peer}");
        var buffer = new byte[64 * 1024];
        long total = 0;
        try
        {
            int read;
            while ((read = await connection.ReadAsync(buffer)) > 0)
            {
                await connection.WriteAsync(buffer.AsMemory(0, read));
                total += read;
            }

            connection.Close();
            say(string.Create(CultureInfo.InvariantCulture, $"echo: {peer} closed after {total} bytes"));
        }
        catch (TcpException e)
        {
            say(string.Create(CultureInfo.InvariantCulture, $"echo: {peer} failed after {total} bytes: {e.Message}"));
        }
    }

    private static string Summarize(NetworkStack stack)
    {
        var counters = stack.Counters;
        var drops = counters.DropsByReason.Count == 0
            ? "none"
            : string.Join(", ", counters.DropsByReason.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Key}={d.Value}")));
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"summary: received {counters.FramesReceived} frames, delivered {counters.FramesDelivered}, sent {counters.FramesSent}; dropped: {drops}"),
        };
        if (stack.IPv4 is { } v4)
        {
            lines.Add($"summary: IPv4 {v4.Address}{(v4.Gateway is null ? string.Empty : $" gateway {v4.Gateway}")}");
        }

        lines.AddRange(stack.IPv6Addresses.Select(a => $"summary: IPv6 {a}"));
        lines.AddRange(stack.IPv6Routers.Select(r => $"summary: router {r.Address}"));
        lines.AddRange(stack.IPv6Prefixes.Select(p => $"summary: prefix {p.Prefix}"));
        return string.Join(Environment.NewLine, lines);
    }
}
