namespace FlexFabricSim.Net.Iscsi.Initiator;

/// <summary>The time limit on each wait for a PDU, re-armed per PDU on one timer of the session's <see cref="TimeProvider"/>
/// rather than a new timer and linked token source for every PDU of a bulk READ.</summary>
internal sealed class IscsiReceiveTimeout : IDisposable
{
    private readonly TimeProvider _time;
    private CancellationTokenSource _timer;
    private CancellationTokenSource? _linked;
    private CancellationToken _linkedTo;

    public IscsiReceiveTimeout(TimeProvider time)
    {
        _time = time;
        _timer = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
    }

    /// <summary>Arms the limit and returns the token a read waits on: cancelled after <paramref name="timeout"/> or with <paramref name="cancellationToken"/>.</summary>
    public CancellationToken Start(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (_timer.IsCancellationRequested)
        {
            // An earlier wait timed out (the session has failed since); a later call still gets a working limit.
            _linked?.Dispose();
            _linked = null;
            _timer.Dispose();
            _timer = new CancellationTokenSource(Timeout.InfiniteTimeSpan, _time);
        }
        if (_linkedTo != cancellationToken || (_linked is null && cancellationToken.CanBeCanceled))
        {
            _linked?.Dispose();
            _linked = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _timer.Token) : null;
            _linkedTo = cancellationToken;
        }
        _timer.CancelAfter(timeout);
        return _linked?.Token ?? _timer.Token;
    }

    /// <summary>Disarms the limit once the PDU is in.</summary>
    public void Stop()
    {
        if (!_timer.IsCancellationRequested)
        {
            _timer.CancelAfter(Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        _linked?.Dispose();
        _timer.Dispose();
    }
}
