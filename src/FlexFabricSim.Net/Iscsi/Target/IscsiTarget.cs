using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Iscsi.Target;

/// <summary>The fake iSCSI target: serves any number of connections, each over any <see cref="Stream"/> (a host socket, the
/// simulated adapter's TCP, an in-memory pipe). Transport-independent: it never opens sockets itself.</summary>
public sealed class IscsiTarget : IDisposable
{
    private readonly Action<string>? _log;
    private int _loginRejectsRemaining;
    private int _asyncMessagesRemaining;
    private int _nextTsih;
    private int _activeConnections;

    /// <summary>Creates the target; <paramref name="log"/> receives one line per notable event (logins, failures, faults).</summary>
    public IscsiTarget(IscsiTargetOptions options, TimeProvider? timeProvider = null, Action<string>? log = null)
    {
        var duplicates = options.Targets.GroupBy(t => t.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);
        if (duplicates.Any())
        {
            throw new ArgumentException($"target names must be unique: {string.Join(", ", duplicates)}", nameof(options));
        }
        if ((options.NopInInterval is { } interval && interval <= TimeSpan.Zero) || options.NopInTimeout <= TimeSpan.Zero
            || options.LoginTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentException("the login timeout, NOP-In interval and NOP-In timeout must be positive", nameof(options));
        }
        Options = options;
        TimeProvider = timeProvider ?? TimeProvider.System;
        _log = log;
        foreach (var unit in options.Targets.SelectMany(t => t.Units))
        {
            unit.InjectBusy(options.Faults.LunBusyAttempts);
        }
        _loginRejectsRemaining = options.Faults.LoginReject is null ? 0 : 1;
        _asyncMessagesRemaining = options.Faults.AsyncMessage is null ? 0 : 1;
    }

    /// <summary>The configuration.</summary>
    public IscsiTargetOptions Options { get; }

    /// <summary>The clock used for injected delays.</summary>
    public TimeProvider TimeProvider { get; }

    /// <summary>Connections being served now.</summary>
    public int ActiveConnections => Volatile.Read(ref _activeConnections);

    /// <summary>Serves one connection until the initiator logs out, the stream ends or <paramref name="cancellationToken"/> fires.</summary>
    /// <remarks>Never throws for anything the peer sends: malformed input is rejected or ends the connection, and is logged.</remarks>
    public async Task ServeAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _activeConnections);
        try
        {
            await using var connection = new IscsiTargetConnection(this, new IscsiConnection(stream));
            await connection.RunAsync(cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _activeConnections);
        }
    }

    /// <summary>Finds a target by name (case-insensitive, as iSCSI names are normalised to lower case, RFC 7143 §4.2.7.2).</summary>
    public IscsiTargetDefinition? Find(string name) =>
        Options.Targets.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Flushes and closes every logical unit.</summary>
    public void Dispose()
    {
        foreach (var unit in Options.Targets.SelectMany(t => t.Units))
        {
            unit.Dispose();
        }
    }

    internal void Log(string line) => _log?.Invoke(line);

    internal ushort NextTsih()
    {
        var tsih = (ushort)(Interlocked.Increment(ref _nextTsih) & 0xffff);
        return tsih == 0 ? NextTsih() : tsih; // TSIH 0 means "new session" (RFC 7143 §11.12.6)
    }

    /// <summary>Consumes the injected login reject, if not yet used.</summary>
    internal bool TakeLoginReject() => Interlocked.Exchange(ref _loginRejectsRemaining, 0) == 1;

    /// <summary>Consumes the injected Asynchronous Message, if not yet sent on any connection.</summary>
    internal bool TakeAsyncMessage() => Interlocked.Exchange(ref _asyncMessagesRemaining, 0) == 1;

    /// <summary>Every LUN of <paramref name="target"/>, for REPORT LUNS.</summary>
    internal static IReadOnlyCollection<ScsiLun> LunsOf(IscsiTargetDefinition target) => target.Units.Select(u => u.Lun).ToList();
}
