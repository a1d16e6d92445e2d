using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Iscsi.Target;

/// <summary>What the target does unprompted: NOP-In keep-alive pings (RFC 7143 §11.19), the injected Asynchronous Message (§11.9),
/// and the deadlines that end a connection whose initiator does not log in, answer or log out in time.</summary>
internal sealed partial class IscsiTargetConnection
{
    /// <summary>Ping tags count down from here while R2T tags count up from 1: two billion tags apart, outstanding ones never meet.</summary>
    private const uint FirstPingTag = 0xFFFF_FFFE;

    private readonly object _pingGate = new();
    private uint _nextPingTag = FirstPingTag;
    private (uint Tag, TaskCompletionSource Answered)? _ping;
    private int _commandsServed;

    /// <summary>On entering full feature phase: starts the keep-alive pings when <see cref="IscsiTargetOptions.NopInInterval"/> is set,
    /// and sends an Asynchronous Message injected for "after 0 commands" (Normal sessions only: discovery runs no commands).</summary>
    private async ValueTask StartUnpromptedAsync(CancellationToken cancellationToken)
    {
        if (Options.NopInInterval is { } interval)
        {
            _background.Add(KeepAliveAsync(interval, cancellationToken));
        }
        if (Options.Faults.AsyncMessage is { AfterCommands: 0 } fault && !_session!.IsDiscovery && _target.TakeAsyncMessage())
        {
            await SendAsyncMessageAsync(fault, cancellationToken);
        }
    }

    /// <summary>Every <paramref name="interval"/>, a NOP-In asking for an answer; none within the timeout ends the connection.</summary>
    private async Task KeepAliveAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        var time = _target.TimeProvider;
        try
        {
            while (true)
            {
                await Task.Delay(interval, time, cancellationToken);
                var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                uint tag;
                lock (_pingGate)
                {
                    tag = _nextPingTag--;
                    _nextPingTag = _nextPingTag <= 0x8000_0000 ? FirstPingTag : _nextPingTag;
                    _ping = (tag, answered);
                }
                // StatSN is the next one, not consumed: a ping is not a status (§11.19.3).
                await _connection.WriteAsync(new IscsiNopIn
                {
                    InitiatorTaskTag = IscsiPdu.ReservedTag,
                    TargetTransferTag = tag,
                    Lun = ScsiLun.Zero,
                    StatSN = _statSN,
                    ExpCmdSN = _expCmdSN,
                    MaxCmdSN = MaxCmdSN,
                }, cancellationToken);
                try
                {
                    await answered.Task.WaitAsync(Options.NopInTimeout, time, cancellationToken);
                }
                catch (TimeoutException)
                {
                    _target.Log($"keep-alive: no NOP-Out answered ping 0x{tag:x8}");
                    Abort(new IOException($"the initiator did not answer a NOP-In ping within {Options.NopInTimeout.TotalSeconds:0.#} s"));
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The connection ended.
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            Abort(e);
        }
    }

    /// <summary>Whether <paramref name="nop"/> answers the outstanding ping (reserved ITT, the ping's TTT); it is consumed if so.</summary>
    private bool TakePingAnswer(IscsiNopOut nop)
    {
        if (nop.InitiatorTaskTag != IscsiPdu.ReservedTag)
        {
            return false;
        }
        lock (_pingGate)
        {
            if (_ping is not { } ping || ping.Tag != nop.TargetTransferTag)
            {
                return false;
            }
            _ping = null;
            ping.Answered.TrySetResult();
            return true;
        }
    }

    /// <summary>Counts a served SCSI command and sends the injected Asynchronous Message when its turn comes.</summary>
    private async ValueTask AfterCommandAsync(CancellationToken cancellationToken)
    {
        if (Options.Faults.AsyncMessage is { AfterCommands: > 0 } fault && ++_commandsServed == fault.AfterCommands && _target.TakeAsyncMessage())
        {
            await SendAsyncMessageAsync(fault, cancellationToken);
        }
    }

    /// <summary>Sends the fault's message, then drops the connection or starts the logout deadline (§11.9.1).</summary>
    private async ValueTask SendAsyncMessageAsync(IscsiAsyncFault fault, CancellationToken cancellationToken)
    {
        var seconds = (ushort)Math.Clamp(Math.Ceiling(fault.LogoutWithin.TotalSeconds), 0, ushort.MaxValue);
        var message = fault.Event switch
        {
            IscsiAsyncEvent.LogoutRequested => new IscsiAsyncMessage { Parameter3 = seconds },
            IscsiAsyncEvent.ConnectionWillDrop => new IscsiAsyncMessage
            {
                Parameter1 = 0, // the CID: this target runs one connection per session
                Parameter2 = (ushort)Parameters.DefaultTime2Wait,
                Parameter3 = (ushort)Parameters.DefaultTime2Retain,
            },
            _ => new IscsiAsyncMessage { Parameter2 = (ushort)Parameters.DefaultTime2Wait, Parameter3 = (ushort)Parameters.DefaultTime2Retain },
        };
        _target.Log($"fault: Asynchronous Message {fault.Event} after {fault.AfterCommands} commands");
        await _connection.WriteAsync(message with
        {
            AsyncEvent = fault.Event,
            StatSN = NextStatSN(),
            ExpCmdSN = _expCmdSN,
            MaxCmdSN = MaxCmdSN,
        }, cancellationToken);
        if (fault.Event == IscsiAsyncEvent.LogoutRequested)
        {
            _background.Add(LogoutDeadlineAsync(TimeSpan.FromSeconds(seconds), cancellationToken));
        }
        else
        {
            Fail(new IOException($"fault: the target dropped the connection as announced ({fault.Event})"));
        }
    }

    /// <summary>Drops a connection that has not reached full feature phase within <see cref="IscsiTargetOptions.LoginTimeout"/>.</summary>
    private async Task LoginDeadlineAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Options.LoginTimeout, _target.TimeProvider, cancellationToken);
            if (State == IscsiTargetConnectionState.Login)
            {
                Abort(new IOException($"the login did not complete within {Options.LoginTimeout.TotalSeconds:0.#} s"));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The connection ended first.
        }
    }

    /// <summary>After a logout request, the connection is dropped if the initiator has not logged out in time (§11.9.1, AsyncEvent 1).</summary>
    private async Task LogoutDeadlineAsync(TimeSpan within, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(within, _target.TimeProvider, cancellationToken);
            if (State == IscsiTargetConnectionState.FullFeature)
            {
                Abort(new IOException($"the initiator did not log out within {within.TotalSeconds:0} s of the target's request"));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Logged out, or the connection ended otherwise.
        }
    }
}
