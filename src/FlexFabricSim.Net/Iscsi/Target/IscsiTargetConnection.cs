using FlexFabricSim.Net.Iscsi.Login;

namespace FlexFabricSim.Net.Iscsi.Target;

/// <summary>One initiator connection to the fake target: login, then full feature phase until logout (RFC 7143 §5-§8).</summary>
/// <remarks>Split by concern: this file holds the loop and sequence numbers, <c>.Login</c> the login phase, <c>.Scsi</c> SCSI commands
/// and data transfer, <c>.Requests</c> NOP, text, task management and logout, <c>.Unprompted</c> NOP-In pings and Asynchronous
/// Messages. One loop reads and answers; pings and deadlines run beside it and end the connection through <see cref="Abort"/>.</remarks>
internal sealed partial class IscsiTargetConnection : IAsyncDisposable
{
    private readonly IscsiTarget _target;
    private readonly IscsiConnection _connection;
    private readonly Queue<IscsiPdu> _deferred = new();
    private uint _statSN;
    private uint _expCmdSN;
    private readonly object _failureGate = new();
    private readonly List<Task> _background = [];
    private CancellationTokenSource? _lifetime;
    private long _pdusReceived;
    private Exception? _failure;

    public IscsiTargetConnection(IscsiTarget target, IscsiConnection connection)
    {
        _target = target;
        _connection = connection;
    }

    private volatile IscsiTargetConnectionState _state = IscsiTargetConnectionState.Login;

    /// <summary>The connection's state (read by the pings and deadlines running beside the read loop).</summary>
    public IscsiTargetConnectionState State
    {
        get => _state;
        private set => _state = value;
    }

    /// <summary>The parameters login agreed on.</summary>
    public IscsiSessionParameters Parameters { get; private set; } = IscsiSessionParameters.Defaults;

    private uint MaxCmdSN => _expCmdSN + (uint)_target.Options.CommandWindow - 1;

    private IscsiTargetOptions Options => _target.Options;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var lifetime = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _lifetime = lifetime;
        if (!Options.Faults.NoLoginResponse)
        {
            _background.Add(LoginDeadlineAsync(lifetime.Token));
        }
        try
        {
            if (await LoginAsync(lifetime.Token))
            {
                State = IscsiTargetConnectionState.FullFeature;
                await StartUnpromptedAsync(lifetime.Token);
                await ServeFullFeatureAsync(lifetime.Token);
            }
        }
        catch (OperationCanceledException) when (lifetime.IsCancellationRequested)
        {
            Fail(new OperationCanceledException("target stopped")); // an Abort recorded its own reason first
        }
        catch (IscsiFormatException e)
        {
            Fail(e);
        }
        catch (IOException e)
        {
            Fail(e);
        }
        catch (ObjectDisposedException e)
        {
            Fail(e);
        }
        finally
        {
            // Synchronous Cancel: CancelAsync runs the callbacks on the thread pool, out of a lab scheduler's sight, which then
            // jumps its clock to the next timer (an initiator's login time-out) before the connection is closed.
            lifetime.Cancel();
            await Task.WhenAll(_background); // pings and deadlines end on cancellation and never throw
            FlushUnits();
            DetachUnits();
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    /// <summary>Records the first reason the connection failed and moves it to <see cref="IscsiTargetConnectionState.Failed"/>.</summary>
    private Exception Fail(Exception reason)
    {
        lock (_failureGate)
        {
            if (_failure is null)
            {
                _failure = reason;
                State = IscsiTargetConnectionState.Failed;
                _target.Log($"connection closed: {reason.Message}");
            }
            return _failure;
        }
    }

    /// <summary>Ends the connection from beside the read loop (a ping unanswered, a logout deadline passed): records the reason,
    /// then cancels the loop's wait.</summary>
    private void Abort(Exception reason)
    {
        Fail(reason);
        _lifetime?.Cancel();
    }

    /// <summary>The next PDU: one set aside while a WRITE waited for its data, else from the wire; null at end of stream.</summary>
    private async ValueTask<IscsiPdu?> ReadAsync(CancellationToken cancellationToken)
    {
        if (_deferred.TryDequeue(out var deferred))
        {
            return deferred;
        }
        var pdu = await _connection.ReadAsync(cancellationToken);
        if (pdu is not null && Options.Faults.DropAfterPdus is { } limit && ++_pdusReceived > limit)
        {
            _target.Log($"fault: dropping the connection after {limit} PDUs");
            return null;
        }
        return pdu;
    }

    /// <summary>Takes the command-numbering fields of an initiator PDU (RFC 7143 §4.2.2.1): non-immediate commands advance ExpCmdSN.</summary>
    private void Accept(uint cmdSN, bool immediate)
    {
        if (!immediate && cmdSN == _expCmdSN)
        {
            _expCmdSN++;
        }
        else if (!immediate && unchecked((int)(cmdSN - _expCmdSN)) > 0)
        {
            _expCmdSN = cmdSN + 1; // a gap: this simulator does not keep a reorder queue, it follows the initiator
        }
    }

    /// <summary>The StatSN for a response that carries status, advancing the counter.</summary>
    private uint NextStatSN() => _statSN++;

    private void FlushUnits()
    {
        foreach (var unit in _session?.Target?.Units ?? [])
        {
            try
            {
                unit.Flush();
            }
            catch (IOException e)
            {
                _target.Log($"flush of LUN {unit.Number} failed: {e.Message}");
            }
        }
    }

    /// <summary>The session's nexus is lost with the connection: the units forget its conditions.</summary>
    private void DetachUnits()
    {
        if (_session?.Nexus is { } nexus)
        {
            foreach (var unit in _session.Target!.Units)
            {
                unit.Detach(nexus);
            }
        }
    }

    private async ValueTask SendRejectAsync(IscsiRejectReason reason, ReadOnlyMemory<byte> header, CancellationToken cancellationToken)
    {
        await _connection.WriteAsync(new IscsiReject
        {
            Reason = reason,
            StatSN = NextStatSN(),
            ExpCmdSN = _expCmdSN,
            MaxCmdSN = MaxCmdSN,
            Data = header.ToArray(),
        }, cancellationToken);
    }
}
