using FlexFabricSim.Net.Iscsi.Failures;

namespace FlexFabricSim.Net.Iscsi.Initiator;

/// <summary>PDUs the target sends unprompted: NOP-In pings are answered, Asynchronous Messages recorded, and a logout the target
/// asks for is honoured by logging out and in again, as the card's driver does (guide events 32, 51, 68).</summary>
public sealed partial class IscsiSession
{
    private bool _logoutRequested;

    /// <summary>Handles PDUs that can arrive at any time: pings, async messages. True when consumed.</summary>
    private async ValueTask<bool> HandleUnsolicitedAsync(IscsiPdu pdu, CancellationToken cancellationToken)
    {
        switch (pdu)
        {
            case IscsiNopIn { InitiatorTaskTag: IscsiPdu.ReservedTag } ping:
                if (ping.TargetTransferTag != IscsiPdu.ReservedTag)
                {
                    // The answer echoes the ping's tag, LUN and data, immediate and with the reserved ITT (RFC 7143 §11.18).
                    await SendAsync(new IscsiNopOut
                    {
                        Immediate = true,
                        InitiatorTaskTag = IscsiPdu.ReservedTag,
                        TargetTransferTag = ping.TargetTransferTag,
                        Lun = ping.Lun,
                        CmdSN = _cmdSN,
                        ExpStatSN = _expStatSN,
                        Data = ping.Data.ToArray(),
                    }, cancellationToken);
                }
                return true;
            case IscsiAsyncMessage message:
                AsyncEvents.Add(message);
                if (message.AsyncEvent == IscsiAsyncEvent.LogoutRequested)
                {
                    Notices.Add(GuideEventId.AsyncLogout);
                    _logoutRequested = true;
                }
                return true;
            default:
                return false;
        }
    }

    /// <summary>When the target asked for a logout (AsyncEvent 1, RFC 7143 §11.9.1): logs out (event 51 when that goes unanswered)
    /// and logs in again to the same target at the same portal (event 68 when that fails). Called between commands, none in flight.</summary>
    private async Task HonourLogoutRequestAsync(CancellationToken cancellationToken)
    {
        if (!_logoutRequested)
        {
            return;
        }
        _logoutRequested = false;
        await LogoutCoreAsync(GuideEventId.AsyncLogoutTimeout, "the logout the target asked for", cancellationToken);
        State = IscsiSessionState.LoggingIn;
        try
        {
            _connection = await ConnectAsync(Portal, _options, _connect, _time, cancellationToken);
            await LoginWithRedirectsAsync(cancellationToken);
        }
        catch (IscsiException e)
        {
            // The login's own classification stays in the message and the login status; the event is the guide's 68.
            Failure = e.Failure with
            {
                EventId = GuideEventId.ReloginAfterAsyncLogoutFailed,
                Message = $"logging in again after the target's logout request failed: {e.Failure.Message}",
            };
            State = IscsiSessionState.Failed;
            throw new IscsiException(Failure, e);
        }
    }
}
