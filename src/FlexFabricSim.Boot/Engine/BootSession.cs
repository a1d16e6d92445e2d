using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Flow;
using FlexFabricSim.Boot.Os;
using FlexFabricSim.Boot.Timing;
using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Boot.Engine;

/// <summary>
/// One adapter's boot: the engine's side of <see cref="BootFlow"/>. For each state it runs the step on the adapter's own
/// network (waits, DHCP, login, SCSI) and reports the outcome to the flow, which picks the next state. Every wait goes
/// through the injected <see cref="TimeProvider"/>; in the lab that is the virtual clock, so a long boot costs no real time.
/// Split by concern: <c>.Link</c> (banner, link, Link Up Delay), <c>.Addressing</c>, <c>.Login</c>, <c>.Attach</c>.
/// </summary>
internal sealed partial class BootSession
{
    private readonly BootRequest _request;
    private readonly EffectiveConfiguration _config;
    private readonly AdapterPort _port;
    private readonly TimeProvider _time;
    private readonly BootJournal _journal;
    private readonly BootFlow _flow;
    private readonly BootTimings _timings;
    private readonly OsProfile? _os;
    private readonly IBootObserver? _observer;
    private readonly int _seed;
    private readonly Random _random;

    public BootSession(BootRequest request, EffectiveConfiguration config, AdapterPort port, TimeProvider time, IBootObserver? observer)
    {
        _observer = observer;
        _seed = Lab.LabWorld.SeedFor(config.WireMac.Value);
        _random = new Random(_seed);
        _request = request;
        _config = config;
        _port = port;
        _time = time;
        _timings = request.Timings;
        _os = request.Os is null ? null : OsProfiles.Get(request.Os);
        _journal = new BootJournal(time);
        if (observer is not null)
        {
            _journal.LinePrinted += observer.OnConsoleLine;
            _journal.EventRecorded += observer.OnEvent;
        }
        _flow = new BootFlow(_config, _journal);
    }

    /// <summary>The instant of power-on on the session's clock (what the capture's timestamps are measured from).</summary>
    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>The journal, for live views.</summary>
    public BootJournal Journal => _journal;

    /// <summary>
    /// Runs the boot to its end; the request's time limit ends a boot that is still retrying. The iSCSI session is left
    /// open, as the ROM leaves it to the OS: the engine stops the capture first and then calls <see cref="CloseAsync"/>.
    /// </summary>
    public async Task<BootResult> RunAsync(CancellationToken cancellationToken)
    {
        StartedAt = _time.GetUtcNow();
        using var limit = new CancellationTokenSource(_request.TimeLimit, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(limit.Token, cancellationToken);
        _flow.PowerOn();
        while (!_flow.IsFinished)
        {
            try
            {
                await StepAsync(_flow.State, linked.Token);
            }
            catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                _flow.TimeLimitReached();
            }
        }
        return Result();
    }

    /// <summary>Closes the iSCSI session the boot left open, if any.</summary>
    public ValueTask CloseAsync() => CloseSessionAsync();

    private Task StepAsync(BootState state, CancellationToken cancellationToken)
    {
        switch (state)
        {
            case BootState.Banner:
                return BannerAsync(cancellationToken);
            case BootState.LinkWait:
                return LinkAsync(cancellationToken);
            case BootState.LinkUpDelay:
                return LinkUpDelayAsync(cancellationToken);
            case BootState.StaticIpv4:
            case BootState.StaticIpv6:
                return StaticAddressAsync(cancellationToken);
            case BootState.Dhcp4:
                return Dhcp4Async(cancellationToken);
            case BootState.Ipv6Autoconfiguration:
                return Ipv6AutoconfigurationAsync(cancellationToken);
            case BootState.FirstTargetLogin:
            case BootState.SecondTargetLogin:
                return LoginAsync(cancellationToken);
            case BootState.LunAttach:
                return AttachAsync(cancellationToken);
            case BootState.IbftPublish:
                PublishIbft();
                return Task.CompletedTask;
            case BootState.OsHandOff:
            case BootState.BiosHandBack:
                HandOff();
                return Task.CompletedTask;
            default:
                throw new InvalidOperationException($"the boot flow stopped in {state}, which has no step");
        }
    }

    private BootResult Result()
    {
        var failed = _flow.State == BootState.Failed;
        var cause = failed ? _journal.Cause : null;
        var handOff = _flow.HandOff;
        return new BootResult
        {
            Outcome = failed ? BootOutcome.Failed
                : handOff is null ? BootOutcome.HandedOff
                : handOff.Outcome == OsOutcome.InstallerRunning ? BootOutcome.InstallerRunning
                : BootOutcome.OsRunning,
            FailedStage = cause?.Stage,
            EventId = cause?.Id,
            Reason = cause?.Message,
            Guide = cause?.Guide,
            Os = _os?.Key,
            HandOff = handOff,
            Elapsed = _journal.Now,
            Console = [.. _journal.Console],
            Events = [.. _journal.Events],
            Ibft = _ibft,
        };
    }
}
