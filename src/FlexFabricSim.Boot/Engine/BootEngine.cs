using FlexFabricSim.Boot.Lab;
using FlexFabricSim.Boot.Ladder;
using FlexFabricSim.Boot.Os;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Net.Lab;

namespace FlexFabricSim.Boot.Engine;

/// <summary>
/// Boots a simulated adapter: in a lab on a virtual clock (deterministic; a Link Up Delay of 255 s and many retries take
/// milliseconds), paced to the wall clock with <see cref="BootRequest.Realtime"/>, or on a real interface. The result holds
/// the outcome and everything the boot left: console, event log, iBFT, pcapng and ladder.
/// </summary>
public static partial class BootEngine
{
    /// <summary>How far the realtime lab runs ahead between looks at the wall clock.</summary>
    private static readonly TimeSpan RealtimeStep = TimeSpan.FromMilliseconds(50);

    /// <summary>Runs the boot of <paramref name="request"/> to its end.</summary>
    /// <exception cref="ArgumentException">The request cannot run: no lab for a lab boot, no interface for a real one, an unknown OS, a port that does not exist.</exception>
    public static Task<BootResult> RunAsync(BootRequest request, CancellationToken cancellationToken = default) =>
        RunAsync(request, null, cancellationToken);

    /// <summary>Runs the boot, telling <paramref name="observer"/> about every line, event and countdown as it happens.</summary>
    /// <exception cref="ArgumentException">The request cannot run (see <see cref="RunAsync(BootRequest, CancellationToken)"/>).</exception>
    public static Task<BootResult> RunAsync(BootRequest request, IBootObserver? observer, CancellationToken cancellationToken)
    {
        Validate(request);
        return request.Network == BootNetwork.Lab
            ? RunInLabAsync(request, observer, cancellationToken)
            : RunOnInterfaceAsync(request, observer, cancellationToken);
    }

    /// <summary>Checks what can be checked before anything runs; the message says what to change.</summary>
    /// <exception cref="ArgumentException">The request cannot run.</exception>
    public static void Validate(BootRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Configuration);
        if (!request.Configuration.IsAddressable(request.At))
        {
            throw new ArgumentException(
                $"the {request.Configuration.ModelInfo.Key} has no {request.At} in {request.Configuration.MultiFunctionMode} mode", nameof(request));
        }
        if (request.Network == BootNetwork.Lab && request.Lab is null)
        {
            throw new ArgumentException("a lab boot needs a lab (the simulated switch, DHCP server and targets)", nameof(request));
        }
        if (request.Network == BootNetwork.Real && string.IsNullOrWhiteSpace(request.Interface))
        {
            throw new ArgumentException("a boot on the real network needs the interface to use", nameof(request));
        }
        if (request.Os is not null && OsProfiles.Find(request.Os) is null)
        {
            throw new ArgumentException($"unknown OS '{request.Os}'; valid: {string.Join(", ", OsProfiles.All.Select(p => p.Key))}", nameof(request));
        }
        if (request.TimeLimit <= TimeSpan.Zero)
        {
            throw new ArgumentException("the time limit must be positive", nameof(request));
        }
    }

    /// <summary>
    /// Boots many adapters at once in one lab: one switch, one set of servers and targets, one virtual clock (a boot
    /// storm). Each request is one adapter's image and port; their <see cref="BootRequest.Lab"/> is not used.
    /// </summary>
    /// <exception cref="ArgumentException">A request cannot run in a lab (see <see cref="Validate"/>).</exception>
    public static Task<IReadOnlyList<BootResult>> RunManyAsync(LabDefinition lab, IReadOnlyList<BootRequest> requests,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lab);
        ArgumentNullException.ThrowIfNull(requests);
        var labRequests = requests.Select(r => r with { Network = BootNetwork.Lab, Lab = lab, Realtime = false }).ToList();
        labRequests.ForEach(Validate);
        var world = new LabWorld(lab);
        return Task.Run(() => world.Scheduler.Run(async () =>
        {
            world.Start();
            try
            {
                var boots = labRequests.Select(r => BootInWorldAsync(world, r, null, cancellationToken)).ToList();
                IReadOnlyList<BootResult> results = await Task.WhenAll(boots);
                return results;
            }
            finally
            {
                world.Stop();
            }
        }), cancellationToken);
    }

    private static Task<BootResult> RunInLabAsync(BootRequest request, IBootObserver? observer, CancellationToken cancellationToken)
    {
        var world = new LabWorld(request.Lab!);
        Func<Task<BootResult>> main = async () =>
        {
            world.Start();
            try
            {
                return await BootInWorldAsync(world, request, observer, cancellationToken);
            }
            finally
            {
                world.Stop();
            }
        };
        // The lab runs on a thread of its own (Run blocks it), leaving the caller's thread and context alone.
        return request.Realtime
            ? Task.Run(() => RunPacedAsync(world.Scheduler, main, cancellationToken), cancellationToken)
            : Task.Run(() => world.Scheduler.Run(main), cancellationToken);
    }

    /// <summary>One adapter's boot inside a running world (on its scheduler): cable it, boot it, collect what it left.</summary>
    private static async Task<BootResult> BootInWorldAsync(LabWorld world, BootRequest request, IBootObserver? observer,
        CancellationToken cancellationToken)
    {
        var config = EffectiveConfiguration.For(request.Configuration, request.At);
        using var port = world.AddAdapter(config, request.Capture);
        var session = new BootSession(request, config, port, world.Clock, observer);
        try
        {
            var result = await session.RunAsync(cancellationToken);
            return Finish(result, port, session.StartedAt);
        }
        finally
        {
            await session.CloseAsync();
        }
    }

    /// <summary>Adds the capture and the ladder to a session's result.</summary>
    private static BootResult Finish(BootResult result, AdapterPort port, DateTimeOffset startedAt)
    {
        port.StopCapture();
        var start = (startedAt - DateTimeOffset.UnixEpoch).Ticks * 100;
        var frames = port.Frames.Select(f => (TimeSpan.FromTicks((f.UnixTimeNanoseconds - start) / 100), f.Bytes)).ToList();
        return result with
        {
            Pcapng = port.Pcapng(),
            Ladder = LadderBuilder.Build(frames, port.Stack.Mac),
        };
    }

    /// <summary>Runs the lab at wall-clock speed: a slice of virtual time, then a real wait until the wall clock has caught up.</summary>
    private static async Task<T> RunPacedAsync<T>(LabScheduler scheduler, Func<Task<T>> main, CancellationToken cancellationToken)
    {
        Task<T>? task = null;
        scheduler.Post(_ => task = main(), null);
        var wall = TimeProvider.System;
        var started = wall.GetTimestamp();
        var virtualStart = scheduler.Clock.Elapsed;
        while (task is not { IsCompleted: true })
        {
            scheduler.RunFor(RealtimeStep);
            var ahead = scheduler.Clock.Elapsed - virtualStart - wall.GetElapsedTime(started);
            if (ahead > TimeSpan.Zero)
            {
                await Task.Delay(ahead, wall, cancellationToken);
            }
        }
        return await task;
    }
}
