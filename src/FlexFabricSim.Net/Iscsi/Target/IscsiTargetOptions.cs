using FlexFabricSim.Net.Chap;

namespace FlexFabricSim.Net.Iscsi.Target;

/// <summary>How the fake target behaves: its targets, what it advertises, its negotiation limits and injected faults.</summary>
public sealed record IscsiTargetOptions
{
    /// <summary>The targets served.</summary>
    public required IReadOnlyList<IscsiTargetDefinition> Targets { get; init; }

    /// <summary>The portal SendTargets advertises (the listener's address).</summary>
    public required IscsiPortal Portal { get; init; }

    /// <summary>When set, discovery sessions need CHAP with this account; otherwise discovery is open (as with tgtd).</summary>
    public ChapCredentials? DiscoveryChap { get; init; }

    /// <summary>The MaxRecvDataSegmentLength the target declares.</summary>
    public int MaxRecvDataSegmentLength { get; init; } = 262_144;

    /// <summary>The largest MaxBurstLength the target accepts.</summary>
    public int MaxBurstLength { get; init; } = 1_048_576;

    /// <summary>The largest FirstBurstLength the target accepts.</summary>
    public int FirstBurstLength { get; init; } = 262_144;

    /// <summary>Largest WRITE the target buffers in one command; larger ones fail with INVALID FIELD IN CDB.</summary>
    public int MaxWriteLength { get; init; } = 32 * 1024 * 1024;

    /// <summary>The command window: MaxCmdSN = ExpCmdSN + CommandWindow - 1.</summary>
    public int CommandWindow { get; init; } = 32;

    /// <summary>Time an initiator has from connecting to reaching full feature phase; a connection still logging in then is dropped
    /// (LIO's login_timeout, 15 s), so a silent or dribbling peer cannot hold a connection forever. Not applied with
    /// <see cref="IscsiTargetFaults.NoLoginResponse"/>, whose point is a target that stays silent.</summary>
    public TimeSpan LoginTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>When set, the target pings each full-feature connection with a NOP-In this often (RFC 7143 §11.19; LIO's
    /// nopin_timeout) and drops a connection whose initiator does not answer within <see cref="NopInTimeout"/>.</summary>
    public TimeSpan? NopInInterval { get; init; }

    /// <summary>How long an initiator has to answer a NOP-In ping with a NOP-Out (LIO's nopin_response_timeout, 30 s by default).</summary>
    public TimeSpan NopInTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Injected faults.</summary>
    public IscsiTargetFaults Faults { get; init; } = IscsiTargetFaults.None;

    /// <summary>Fills CHAP challenges with random bytes; the lab passes a seeded source for reproducible captures.</summary>
    public Action<Span<byte>>? Random { get; init; }
}
