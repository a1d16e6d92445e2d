using FlexFabricSim.Net.Iscsi.Failures;
using FlexFabricSim.Net.Iscsi.Login;

namespace FlexFabricSim.Net.Iscsi.Initiator;

/// <summary>An initiator session over one connection: login, discovery, SCSI commands and logout, every wait through a
/// <see cref="System.TimeProvider"/>, every failure an <see cref="IscsiException"/> with its classification.</summary>
/// <remarks>
/// One operation at a time (the boot ROM's model); <see cref="ReadAsync"/> pipelines its own commands. Split by concern:
/// <c>.Login</c>, <c>.Scsi</c> (command execution), <c>.Commands</c> (REPORT LUNS, INQUIRY, ... and logout), <c>.Unsolicited</c>
/// (NOP-In pings, Asynchronous Messages, the logout a target asks for). The connection is read only while an operation runs:
/// a target's pings and messages are answered then, as a boot ROM's polled driver does.
/// </remarks>
public sealed partial class IscsiSession : IAsyncDisposable
{
    private readonly IscsiInitiatorOptions _options;
    private readonly TimeProvider _time;
    private readonly IscsiReceiveTimeout _receiveTimeout;
    private readonly IscsiConnect _connect;
    private IscsiConnection _connection;
    private uint _cmdSN;
    private uint _expStatSN;
    private uint _maxCmdSN;
    private uint _nextTag = 1;
    private int _busy;

    private IscsiSession(IscsiConnection connection, IscsiPortal portal, string? targetName, IscsiInitiatorOptions options, IscsiConnect connect,
        TimeProvider time)
    {
        _connection = connection;
        Portal = portal;
        TargetName = targetName;
        _options = options;
        _connect = connect;
        _time = time;
        _receiveTimeout = new IscsiReceiveTimeout(time);
    }

    /// <summary>The session's state.</summary>
    public IscsiSessionState State { get; private set; } = IscsiSessionState.LoggingIn;

    /// <summary>The first failure that broke the session, if any.</summary>
    public IscsiFailure? Failure { get; private set; }

    /// <summary>The portal the session ended up at (after any redirection).</summary>
    public IscsiPortal Portal { get; private set; }

    /// <summary>The target logged in to; null for a discovery session.</summary>
    public string? TargetName { get; }

    /// <summary>Whether this is a discovery session.</summary>
    public bool IsDiscovery => TargetName is null;

    /// <summary>The TSIH the target gave the session.</summary>
    public ushort Tsih { get; private set; }

    /// <summary>The negotiated operational parameters.</summary>
    public IscsiSessionParameters Parameters { get; private set; } = IscsiSessionParameters.Defaults;

    /// <summary>Whether the target proved itself with mutual CHAP.</summary>
    public bool TargetAuthenticated { get; private set; }

    /// <summary>Asynchronous Messages the target sent, in order (a logout request is also <see cref="Notices"/>' event 32).</summary>
    public IList<IscsiAsyncMessage> AsyncEvents { get; } = new List<IscsiAsyncMessage>();

    /// <summary>Information events the session logged, in order: 32 each time the target asked for a logout (then honoured).</summary>
    public IList<GuideEventId> Notices { get; } = new List<GuideEventId>();

    /// <summary>Opens a Normal session to <paramref name="targetName"/> at <paramref name="portal"/> and logs in, following redirections.</summary>
    public static Task<IscsiSession> LoginAsync(IscsiPortal portal, string targetName, IscsiInitiatorOptions options,
        IscsiConnect connect, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default) =>
        OpenAsync(portal, targetName, options, connect, timeProvider ?? TimeProvider.System, cancellationToken);

    /// <summary>Opens a Discovery session and logs in.</summary>
    public static Task<IscsiSession> LoginDiscoveryAsync(IscsiPortal portal, IscsiInitiatorOptions options,
        IscsiConnect connect, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default) =>
        OpenAsync(portal, null, options, connect, timeProvider ?? TimeProvider.System, cancellationToken);

    /// <summary>Discovery in one call: log in, SendTargets=All, log out (RFC 7143 App. C).</summary>
    public static async Task<IReadOnlyList<IscsiDiscoveredTarget>> DiscoverAsync(IscsiPortal portal, IscsiInitiatorOptions options,
        IscsiConnect connect, TimeProvider? timeProvider = null, CancellationToken cancellationToken = default)
    {
        await using var session = await LoginDiscoveryAsync(portal, options, connect, timeProvider, cancellationToken);
        var targets = await session.SendTargetsAsync(cancellationToken);
        await session.LogoutAsync(cancellationToken);
        return targets;
    }

    /// <summary>Closes the connection (without logging out; call <see cref="LogoutAsync"/> first for a clean end).</summary>
    public ValueTask DisposeAsync()
    {
        _receiveTimeout.Dispose();
        return _connection.DisposeAsync();
    }

    private static async Task<IscsiSession> OpenAsync(IscsiPortal portal, string? targetName, IscsiInitiatorOptions options,
        IscsiConnect connect, TimeProvider time, CancellationToken cancellationToken)
    {
        CheckSecrets(options);
        var session = new IscsiSession(await ConnectAsync(portal, options, connect, time, cancellationToken), portal, targetName, options, connect, time);
        try
        {
            await session.LoginWithRedirectsAsync(cancellationToken);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Logs in on the current connection, reconnecting to wherever the target redirects (at most
    /// <see cref="IscsiInitiatorOptions.MaxRedirects"/> times).</summary>
    private async Task LoginWithRedirectsAsync(CancellationToken cancellationToken)
    {
        for (var redirects = 0; ; redirects++)
        {
            var redirect = await RunLoginAsync(cancellationToken);
            if (redirect is null)
            {
                return;
            }
            if (redirects >= _options.MaxRedirects)
            {
                throw Fail(IscsiFailureKind.RedirectFailed, GuideEventId.InvalidRedirect, $"more than {_options.MaxRedirects} redirections");
            }
            await _connection.DisposeAsync();
            Portal = redirect;
            _connection = await ConnectAsync(redirect, _options, _connect, _time, cancellationToken);
            State = IscsiSessionState.LoggingIn;
        }
    }

    private static void CheckSecrets(IscsiInitiatorOptions options)
    {
        if (options.Chap is { IsSecretLongEnough: false })
        {
            throw new IscsiException(new IscsiFailure(IscsiFailureKind.SecretTooShort, GuideEventId.InitiatorSecretTooShort,
                $"the initiator CHAP secret of '{options.Chap.Name}' is shorter than {Chap.Chap.MinimumSecretLength} bytes"));
        }
        if (options.MutualChap is { IsSecretLongEnough: false })
        {
            throw new IscsiException(new IscsiFailure(IscsiFailureKind.SecretTooShort, GuideEventId.TargetSecretTooShort,
                $"the target CHAP secret of '{options.MutualChap.Name}' is shorter than {Chap.Chap.MinimumSecretLength} bytes"));
        }
        if (options.MutualChap is not null && options.Chap is null)
        {
            throw new ArgumentException("mutual CHAP needs the initiator's own CHAP account too", nameof(options));
        }
    }

    private static async Task<IscsiConnection> ConnectAsync(IscsiPortal portal, IscsiInitiatorOptions options, IscsiConnect connect,
        TimeProvider time, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.ConnectTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return new IscsiConnection(await connect(portal, linked.Token));
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new IscsiException(new IscsiFailure(IscsiFailureKind.ConnectFailed, GuideEventId.ConnectFailed,
                $"could not connect to {portal}: {e.Message}"), e);
        }
    }

    /// <summary>Records the first failure, moves the session to <see cref="IscsiSessionState.Failed"/> and returns the exception to throw.</summary>
    private IscsiException Fail(IscsiFailure failure, Exception? inner = null)
    {
        if (Failure is null)
        {
            Failure = failure;
            State = IscsiSessionState.Failed;
        }
        return new IscsiException(failure, inner);
    }

    private IscsiException Fail(IscsiFailureKind kind, GuideEventId? eventId, string message, Exception? inner = null) =>
        Fail(new IscsiFailure(kind, eventId, message), inner);

    private uint NextTag()
    {
        var tag = _nextTag++;
        if (_nextTag == IscsiPdu.ReservedTag)
        {
            _nextTag = 1;
        }
        return tag;
    }

    private void Enter()
    {
        if (Interlocked.Exchange(ref _busy, 1) == 1)
        {
            throw new InvalidOperationException("an IscsiSession runs one operation at a time");
        }
        if (State != IscsiSessionState.FullFeature)
        {
            Interlocked.Exchange(ref _busy, 0);
            throw Failure is null
                ? new InvalidOperationException($"the session is {State}")
                : new IscsiException(Failure);
        }
    }

    private void Leave() => Interlocked.Exchange(ref _busy, 0);

    /// <summary>Sends a PDU, classifying a broken connection.</summary>
    private async ValueTask SendAsync(IscsiPdu pdu, CancellationToken cancellationToken)
    {
        try
        {
            await _connection.WriteAsync(pdu, cancellationToken);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            throw Fail(IscsiFailureKind.ConnectionLost, GuideEventId.ConnectionLost, $"sending {pdu.Opcode} failed: {e.Message}", e);
        }
    }

    /// <summary>Receives the next PDU within <paramref name="timeout"/>; protocol, connection and time-out failures are classified.</summary>
    /// <param name="timeout">How long the target has to send it.</param>
    /// <param name="timeoutEvent">The guide's event when it does not come in time.</param>
    /// <param name="waitingFor">What is awaited, for messages.</param>
    /// <param name="cancellationToken">The caller's cancellation.</param>
    /// <param name="placement">Where a Data-In's data goes (straight into the caller's buffer); null to give every PDU its own.</param>
    private async ValueTask<IscsiPdu> ReceiveAsync(TimeSpan timeout, GuideEventId timeoutEvent, string waitingFor, CancellationToken cancellationToken,
        IscsiDataPlacement? placement = null)
    {
        IscsiPdu? pdu;
        try
        {
            pdu = await _connection.ReadAsync(placement, _receiveTimeout.Start(timeout, cancellationToken));
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw Fail(IscsiFailureKind.Timeout, timeoutEvent, $"no answer to {waitingFor} within {timeout.TotalSeconds:0.#} s", e);
        }
        catch (IscsiFormatException e)
        {
            var eventId = e.Reason switch
            {
                IscsiFormatReason.HeaderDigestMismatch => GuideEventId.HeaderDigestError,
                IscsiFormatReason.DataDigestMismatch => GuideEventId.DataDigestError,
                IscsiFormatReason.UnknownOpcode => GuideEventId.InvalidOpcode,
                IscsiFormatReason.BadDataSegmentLength => GuideEventId.DataSegmentTooLong,
                _ when State == IscsiSessionState.LoggingIn => GuideEventId.DroppedBeforeFullFeature,
                _ => GuideEventId.InvalidPdu,
            };
            var kind = e.Reason is IscsiFormatReason.TruncatedBhs or IscsiFormatReason.TruncatedAhs or IscsiFormatReason.TruncatedData
                or IscsiFormatReason.TruncatedDigest ? IscsiFailureKind.ConnectionLost : IscsiFailureKind.ProtocolError;
            throw Fail(kind, eventId, $"{waitingFor}: {e.Message}", e);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            throw Fail(IscsiFailureKind.ConnectionLost, State == IscsiSessionState.LoggingIn ? GuideEventId.DroppedBeforeFullFeature : GuideEventId.ConnectionLost,
                $"{waitingFor}: {e.Message}", e);
        }
        finally
        {
            _receiveTimeout.Stop();
        }
        if (pdu is null)
        {
            throw Fail(IscsiFailureKind.ConnectionLost,
                State == IscsiSessionState.LoggingIn ? GuideEventId.DroppedBeforeFullFeature : GuideEventId.ConnectionLost,
                $"the target closed the connection while {waitingFor} was awaited");
        }
        Track(pdu);
        return pdu;
    }

    /// <summary>Follows the target's StatSN, ExpCmdSN and MaxCmdSN (RFC 7143 §4.2.2).</summary>
    private void Track(IscsiPdu pdu)
    {
        (uint StatSN, uint ExpCmdSN, uint MaxCmdSN, bool HasStatus)? numbers = pdu switch
        {
            IscsiScsiResponse r => (r.StatSN, r.ExpCmdSN, r.MaxCmdSN, true),
            IscsiDataIn d => (d.StatSN, d.ExpCmdSN, d.MaxCmdSN, d.HasStatus),
            IscsiNopIn n => (n.StatSN, n.ExpCmdSN, n.MaxCmdSN, n.InitiatorTaskTag != IscsiPdu.ReservedTag),
            IscsiTextResponse t => (t.StatSN, t.ExpCmdSN, t.MaxCmdSN, true),
            IscsiLoginResponse l => (l.StatSN, l.ExpCmdSN, l.MaxCmdSN, true),
            IscsiLogoutResponse o => (o.StatSN, o.ExpCmdSN, o.MaxCmdSN, true),
            IscsiTaskManagementResponse m => (m.StatSN, m.ExpCmdSN, m.MaxCmdSN, true),
            IscsiReadyToTransfer r2t => (r2t.StatSN, r2t.ExpCmdSN, r2t.MaxCmdSN, false),
            IscsiAsyncMessage a => (a.StatSN, a.ExpCmdSN, a.MaxCmdSN, true),
            IscsiReject j => (j.StatSN, j.ExpCmdSN, j.MaxCmdSN, true),
            _ => null,
        };
        if (numbers is not { } n2)
        {
            return;
        }
        if (n2.HasStatus)
        {
            _expStatSN = n2.StatSN + 1;
        }
        // MaxCmdSN only moves forward, and only when the window is valid (MaxCmdSN >= ExpCmdSN - 1, RFC 7143 §4.2.2.1).
        if (unchecked((int)(n2.MaxCmdSN - (n2.ExpCmdSN - 1))) >= 0 && unchecked((int)(n2.MaxCmdSN - _maxCmdSN)) > 0)
        {
            _maxCmdSN = n2.MaxCmdSN;
        }
    }

    /// <summary>Whether the command window lets one more non-immediate command go (CmdSN &lt;= MaxCmdSN, serial arithmetic).</summary>
    private bool WindowOpen => unchecked((int)(_maxCmdSN - _cmdSN)) >= 0;
}
