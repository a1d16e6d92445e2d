using FlexFabricSim.Net.Chap;

namespace FlexFabricSim.Net.Iscsi.Initiator;

/// <summary>How the initiator logs in and what it asks for; defaults are what a boot ROM uses.</summary>
public sealed record IscsiInitiatorOptions
{
    /// <summary>The initiator's iSCSI name (the guide's default is <c>iqn.1995-05.com.broadcom.&lt;MAC&gt;.iscsiboot</c>, G p.8).</summary>
    public required string InitiatorName { get; init; }

    /// <summary>ISID: type 0x80 (random) with a fixed qualifier unless set (RFC 7143 §10.1.1).</summary>
    public ulong Isid { get; init; } = 0x80_12_34_56_00_00UL;

    /// <summary>The initiator's CHAP account; when set, CHAP is required (the card's "CHAP Authentication: Enabled", G p.5).</summary>
    public ChapCredentials? Chap { get; init; }

    /// <summary>The target's expected mutual CHAP account; when set, the target must prove itself (G p.7, 1st Target CHAP ID/secret).</summary>
    public ChapCredentials? MutualChap { get; init; }

    /// <summary>Digests to ask for; the target may still refuse them unless <see cref="RequireDigests"/>.</summary>
    public IscsiDigests Digests { get; init; }

    /// <summary>Fail the login (events 18/19) when the target refuses the digests asked for.</summary>
    public bool RequireDigests { get; init; }

    /// <summary>The MaxRecvDataSegmentLength the initiator declares.</summary>
    public int MaxRecvDataSegmentLength { get; init; } = 262_144;

    /// <summary>MaxBurstLength offered.</summary>
    public int MaxBurstLength { get; init; } = 262_144;

    /// <summary>FirstBurstLength offered.</summary>
    public int FirstBurstLength { get; init; } = 65_536;

    /// <summary>Largest READ or WRITE sent as one command.</summary>
    public int MaxTransferLength { get; init; } = 262_144;

    /// <summary>READ commands kept in flight by <see cref="IscsiSession.ReadAsync"/>.</summary>
    public int QueueDepth { get; init; } = 8;

    /// <summary>Time for a TCP connection to open.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Time the target has to answer each login request (event 43).</summary>
    public TimeSpan LoginTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Time the target has to answer a SCSI command, text, NOP or task management request.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Time the target has to answer a logout (event 44).</summary>
    public TimeSpan LogoutTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How many login redirections are followed before giving up.</summary>
    public int MaxRedirects { get; init; } = 4;

    /// <summary>Retries of a command answered BUSY (the card's "LUN Busy Retry Count", 0-60, SPEC).</summary>
    public int BusyRetryCount { get; init; } = 3;

    /// <summary>Wait between BUSY retries.</summary>
    public TimeSpan BusyRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Fills the mutual CHAP challenge (CHAP_I, CHAP_C) with random bytes; null for the system's cryptographic RNG.
    /// The lab passes a seeded source so that a boot is reproducible byte for byte, as the target's challenges are.</summary>
    public Action<Span<byte>>? Random { get; init; }
}
