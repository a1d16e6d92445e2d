using FlexFabricSim.Net.Iscsi.Login;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Iscsi.Target;

/// <summary>Full feature phase dispatch, and the non-SCSI requests: NOP, text (SendTargets), task management, logout.</summary>
internal sealed partial class IscsiTargetConnection
{
    private async Task ServeFullFeatureAsync(CancellationToken cancellationToken)
    {
        while (State == IscsiTargetConnectionState.FullFeature)
        {
            IscsiPdu? pdu;
            try
            {
                pdu = await ReadAsync(cancellationToken);
            }
            catch (IscsiFormatException e) when (IscsiFormatReasons.KeepsFraming(e.Reason))
            {
                _target.Log($"rejecting a PDU: {e.Message}");
                await SendRejectAsync(IscsiFormatReasons.ToRejectReason(e.Reason), _connection.LastHeader, cancellationToken);
                continue;
            }
            if (pdu is null)
            {
                Fail(new IOException("the initiator closed the connection without logging out"));
                return;
            }
            switch (pdu)
            {
                case IscsiScsiCommand command:
                    await ExecuteAsync(command, cancellationToken);
                    await AfterCommandAsync(cancellationToken);
                    break;
                case IscsiNopOut nop:
                    await AnswerNopAsync(nop, cancellationToken);
                    break;
                case IscsiTextRequest text:
                    await AnswerTextAsync(text, cancellationToken);
                    break;
                case IscsiTaskManagementRequest tmf:
                    await AnswerTaskManagementAsync(tmf, cancellationToken);
                    break;
                case IscsiLogoutRequest logout:
                    await LogoutAsync(logout, cancellationToken);
                    break;
                case IscsiDataOut:
                    // Data for a command that already failed (or never existed): nothing waits for it.
                    break;
                case IscsiLoginRequest:
                    await SendRejectAsync(IscsiRejectReason.ProtocolError, _connection.LastHeader, cancellationToken);
                    break;
                case IscsiSnackRequest:
                    // ErrorRecoveryLevel 0: SNACK is not supported (RFC 7143 §11.16).
                    await SendRejectAsync(IscsiRejectReason.ProtocolError, _connection.LastHeader, cancellationToken);
                    break;
                default:
                    // A target-only opcode sent by the initiator.
                    await SendRejectAsync(IscsiRejectReason.ProtocolError, _connection.LastHeader, cancellationToken);
                    break;
            }
        }
    }

    /// <summary>Answers a ping; a NOP-Out with the reserved tag is itself an answer and needs none (RFC 7143 §11.18).</summary>
    private async ValueTask AnswerNopAsync(IscsiNopOut nop, CancellationToken cancellationToken)
    {
        Accept(nop.CmdSN, nop.Immediate);
        if (nop.InitiatorTaskTag == IscsiPdu.ReservedTag)
        {
            TakePingAnswer(nop); // an answer to a ping, or a stale one: either way nothing to send
            return;
        }
        await _connection.WriteAsync(new IscsiNopIn
        {
            InitiatorTaskTag = nop.InitiatorTaskTag,
            Lun = nop.Lun,
            StatSN = NextStatSN(),
            ExpCmdSN = _expCmdSN,
            MaxCmdSN = MaxCmdSN,
            Data = nop.Data.ToArray(),
        }, cancellationToken);
    }

    /// <summary>Text requests: SendTargets (RFC 7143 §13.3, App. C); other keys are not understood in full feature phase.</summary>
    private async ValueTask AnswerTextAsync(IscsiTextRequest request, CancellationToken cancellationToken)
    {
        Accept(request.CmdSN, request.Immediate);
        var answers = new List<IscsiTextParameter>();
        try
        {
            foreach (var (key, value) in IscsiTextCodec.Parse(request.Data.Span))
            {
                if (key != IscsiKeys.SendTargets)
                {
                    answers.Add(new IscsiTextParameter(key, IscsiTextParameter.NotUnderstood));
                    continue;
                }
                var targets = value == "All"
                    ? (_session!.IsDiscovery ? Options.Targets : [_session.Target!])
                    : Options.Targets.Where(t => string.Equals(t.Name, value.Length == 0 ? _session!.Target?.Name : value, StringComparison.OrdinalIgnoreCase));
                foreach (var target in targets)
                {
                    answers.Add(new IscsiTextParameter(IscsiKeys.TargetName, target.Name));
                    answers.Add(new IscsiTextParameter(IscsiKeys.TargetAddress, Options.Portal.ToString()));
                }
            }
        }
        catch (IscsiFormatException e)
        {
            _target.Log($"text request: {e.Message}");
            await SendRejectAsync(IscsiRejectReason.ProtocolError, _connection.LastHeader, cancellationToken);
            return;
        }
        await _connection.WriteAsync(new IscsiTextResponse
        {
            InitiatorTaskTag = request.InitiatorTaskTag,
            Final = true,
            StatSN = NextStatSN(),
            ExpCmdSN = _expCmdSN,
            MaxCmdSN = MaxCmdSN,
            Data = IscsiTextCodec.Encode(answers),
        }, cancellationToken);
    }

    /// <summary>Task management: commands run to completion one at a time here, so there is never a task left to abort.</summary>
    private async ValueTask AnswerTaskManagementAsync(IscsiTaskManagementRequest request, CancellationToken cancellationToken)
    {
        Accept(request.CmdSN, request.Immediate);
        var response = request.Function switch
        {
            IscsiTaskManagementFunction.AbortTask => IscsiTaskManagementResponseCode.TaskDoesNotExist,
            IscsiTaskManagementFunction.AbortTaskSet or IscsiTaskManagementFunction.ClearTaskSet or IscsiTaskManagementFunction.ClearAca
                => IscsiTaskManagementResponseCode.FunctionComplete,
            IscsiTaskManagementFunction.LogicalUnitReset when _session!.Target?.Find(request.Lun) is null
                => IscsiTaskManagementResponseCode.LunDoesNotExist,
            IscsiTaskManagementFunction.LogicalUnitReset => Reset(request),
            IscsiTaskManagementFunction.TargetWarmReset or IscsiTaskManagementFunction.TargetColdReset => Reset(request),
            IscsiTaskManagementFunction.TaskReassign => IscsiTaskManagementResponseCode.TaskAllegianceReassignmentNotSupported,
            _ => IscsiTaskManagementResponseCode.FunctionNotSupported,
        };
        await _connection.WriteAsync(new IscsiTaskManagementResponse
        {
            InitiatorTaskTag = request.InitiatorTaskTag,
            Response = response,
            StatSN = NextStatSN(),
            ExpCmdSN = _expCmdSN,
            MaxCmdSN = MaxCmdSN,
        }, cancellationToken);
    }

    /// <summary>A reset: the unit (or every unit of the target) reports it to every nexus as a unit attention; a cold reset is a
    /// power cycle (RFC 7143 §11.5.1).</summary>
    private IscsiTaskManagementResponseCode Reset(IscsiTaskManagementRequest request)
    {
        if (_session!.Target is not { } target)
        {
            return IscsiTaskManagementResponseCode.FunctionRejected; // a discovery session has no logical units to reset
        }
        _target.Log($"task management: {request.Function}");
        var units = request.Function == IscsiTaskManagementFunction.LogicalUnitReset ? [target.Find(request.Lun)!] : target.Units;
        foreach (var unit in units)
        {
            unit.Reset(request.Function == IscsiTaskManagementFunction.TargetColdReset ? ScsiSense.PowerOnOccurred : null);
        }
        return IscsiTaskManagementResponseCode.FunctionComplete;
    }

    /// <summary>Logout: writes are flushed before the response so they survive a target restart.</summary>
    private async ValueTask LogoutAsync(IscsiLogoutRequest request, CancellationToken cancellationToken)
    {
        Accept(request.CmdSN, request.Immediate);
        FlushUnits();
        await _connection.WriteAsync(new IscsiLogoutResponse
        {
            InitiatorTaskTag = request.InitiatorTaskTag,
            Response = IscsiLogoutResponseCode.Success,
            StatSN = NextStatSN(),
            ExpCmdSN = _expCmdSN,
            MaxCmdSN = MaxCmdSN,
            Time2Wait = (ushort)Parameters.DefaultTime2Wait,
            Time2Retain = (ushort)Parameters.DefaultTime2Retain,
        }, cancellationToken);
        State = IscsiTargetConnectionState.LoggedOut;
        _target.Log($"logout: '{_session!.InitiatorName}', TSIH {_session.Tsih}");
    }
}
