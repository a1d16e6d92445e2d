using System.Collections.Concurrent;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Tui.BootConsole;

namespace FlexFabricSim.Tui.Navigation;

/// <summary>One run of the boot console: collects the lines the boot yields, on whatever thread, until it ends or is cancelled.</summary>
internal sealed class BootRun : IDisposable
{
    private readonly ConcurrentQueue<BootConsoleLine> _pending = new();
    private readonly CancellationTokenSource _cancel = new();
    private int _finished;

    /// <summary>Starts <paramref name="console"/> on <paramref name="configuration"/>; lines may arrive before this returns.</summary>
    public BootRun(IBootConsole console, AdapterConfiguration configuration)
    {
        _ = CollectAsync(console, configuration, _cancel.Token);
    }

    /// <summary>Whether the boot has ended (its last line may still be pending).</summary>
    public bool IsFinished => Volatile.Read(ref _finished) == 1;

    /// <summary>Moves every line yielded so far into <paramref name="into"/>; true if there were any.</summary>
    public bool Drain(List<BootConsoleLine> into)
    {
        var any = false;
        while (_pending.TryDequeue(out var line))
        {
            into.Add(line);
            any = true;
        }
        return any;
    }

    /// <summary>Stops the boot (power-off, restart).</summary>
    public void Dispose()
    {
        _cancel.Cancel();
        _cancel.Dispose();
    }

    private async Task CollectAsync(IBootConsole console, AdapterConfiguration configuration, CancellationToken cancel)
    {
        try
        {
            // No captured context: lines are queued on the thread that produced them and drained by the screen's tick.
            await foreach (var line in console.RunAsync(configuration, cancel).WithCancellation(cancel).ConfigureAwait(false))
            {
                _pending.Enqueue(line);
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Powered off or restarted: nothing more to show.
        }
        catch (Exception ex)
        {
            // A fault in the boot engine must not take the screens down with it; show it as what it is.
            _pending.Enqueue(new BootConsoleLine($"[FlexFabricSim] The boot engine failed: {ex.GetType().Name}: {ex.Message}",
                BootConsoleLineKind.SimulatorNote));
        }
        finally
        {
            Volatile.Write(ref _finished, 1);
        }
    }
}
