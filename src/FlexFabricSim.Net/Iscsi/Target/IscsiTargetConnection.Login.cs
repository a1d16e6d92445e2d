using System.Globalization;
using FlexFabricSim.Net.Chap;
using FlexFabricSim.Net.Iscsi.Login;
using FlexFabricSim.Net.Scsi;

namespace FlexFabricSim.Net.Iscsi.Target;

/// <summary>The target's login phase: security negotiation (None or CHAP, mutual CHAP), operational negotiation, faults.</summary>
internal sealed partial class IscsiTargetConnection
{
    private IscsiTargetSession? _session;
    private IscsiLoginNegotiator? _negotiator;
    private bool _declaredLimits;

    /// <summary>Runs login to full feature phase; false when the login failed or the connection ended.</summary>
    private async Task<bool> LoginAsync(CancellationToken cancellationToken)
    {
        _session = new IscsiTargetSession();
        _negotiator = new IscsiLoginNegotiator(IscsiNegotiationRole.Target, TargetValues());
        var first = true;
        while (true)
        {
            var (request, text) = await ReadLoginRequestAsync(cancellationToken);
            if (request is null)
            {
                return false;
            }
            if (first)
            {
                first = false;
                _session.Isid = request.Isid;
                _expCmdSN = request.CmdSN;
                _statSN = request.ExpStatSN;
                if (await InjectLoginFaultAsync(request, cancellationToken))
                {
                    return false;
                }
                if (request.VersionMin > IscsiLoginRequest.CurrentVersion)
                {
                    await RespondAsync(request, IscsiLoginStatus.UnsupportedVersion, [], false, cancellationToken);
                    return false;
                }
            }

            IReadOnlyList<IscsiTextParameter> keys;
            try
            {
                keys = IscsiTextCodec.Parse(text);
            }
            catch (IscsiFormatException e)
            {
                _target.Log($"login: malformed text: {e.Message}");
                await RespondAsync(request, IscsiFormatReasons.ToLoginStatus(e.Reason), [], false, cancellationToken);
                return false;
            }

            var (status, answers) = request.CurrentStage switch
            {
                IscsiLoginStage.SecurityNegotiation => Security(keys),
                IscsiLoginStage.LoginOperationalNegotiation => Operational(keys),
                _ => (IscsiLoginStatus.InitiatorError, (List<IscsiTextParameter>)[]),
            };
            if (!status.IsSuccess)
            {
                _target.Log($"login from '{_session.InitiatorName}' refused: {status}");
                await RespondAsync(request, status, answers, false, cancellationToken);
                return false;
            }

            var stageDone = request.CurrentStage != IscsiLoginStage.SecurityNegotiation || _session.Auth == IscsiTargetAuthState.Done;
            var transit = request.Transit && stageDone;
            if (transit && request.NextStage == IscsiLoginStage.FullFeaturePhase)
            {
                if (_session.Auth != IscsiTargetAuthState.Done)
                {
                    await RespondAsync(request, IscsiLoginStatus.AuthenticationFailure, [], false, cancellationToken);
                    return false;
                }
                _session.Tsih = request.Tsih != 0 ? request.Tsih : _target.NextTsih();
                AttachUnits();
                Parameters = _negotiator.ToParameters();
                await RespondAsync(request, IscsiLoginStatus.Success, answers, true, cancellationToken);
                _connection.Digests = Parameters.Digests;
                _connection.MaxRecvDataSegmentLength = Options.MaxRecvDataSegmentLength;
                _target.Log($"login: '{_session.InitiatorName}' to {(_session.IsDiscovery ? "discovery" : _session.Target!.Name)}, TSIH {_session.Tsih}");
                return true;
            }
            await RespondAsync(request, IscsiLoginStatus.Success, answers, transit, cancellationToken);
        }
    }

    /// <summary>A Normal session's new I_T nexus, named after the initiator port (RFC 7143 §4.2.7.1), reaches each logical unit.</summary>
    private void AttachUnits()
    {
        if (_session!.Target is not { } target)
        {
            return;
        }
        _session.Nexus = new ScsiNexus(string.Create(CultureInfo.InvariantCulture, $"{_session.InitiatorName},i,0x{_session.Isid:x12}"));
        foreach (var unit in target.Units)
        {
            unit.Attach(_session.Nexus);
        }
    }

    /// <summary>Reads one login request and, across C-bit continuations, its whole text (RFC 7143 §6.3).</summary>
    private async Task<(IscsiLoginRequest? Request, byte[] Text)> ReadLoginRequestAsync(CancellationToken cancellationToken)
    {
        var text = new MemoryStream();
        while (true)
        {
            var pdu = await ReadAsync(cancellationToken);
            if (pdu is not IscsiLoginRequest request)
            {
                if (pdu is not null)
                {
                    _target.Log($"login: unexpected {pdu.Opcode} before full feature phase");
                    await _connection.WriteAsync(new IscsiLoginResponse { Status = IscsiLoginStatus.InvalidDuringLogin, InitiatorTaskTag = pdu.InitiatorTaskTag }, cancellationToken);
                }
                return (null, []);
            }
            text.Write(request.Data.Span);
            if (text.Length > 64 * 1024)
            {
                await RespondAsync(request, IscsiLoginStatus.OutOfResources, [], false, cancellationToken);
                return (null, []);
            }
            if (!request.Continue)
            {
                return (request, text.ToArray());
            }
            await RespondAsync(request, IscsiLoginStatus.Success, [], false, cancellationToken);
        }
    }

    private async Task<bool> InjectLoginFaultAsync(IscsiLoginRequest request, CancellationToken cancellationToken)
    {
        var faults = Options.Faults;
        if (faults.NoLoginResponse)
        {
            _target.Log("fault: not answering the login");
            while (await _connection.ReadAsync(cancellationToken) is not null)
            {
                // Swallow whatever the initiator sends until it gives up and closes.
            }
            return true;
        }
        if (faults.RedirectTo is { } portal)
        {
            _target.Log($"fault: redirecting to {portal}");
            await RespondAsync(request, IscsiLoginStatus.TargetMovedTemporarily,
                [new IscsiTextParameter(IscsiKeys.TargetAddress, portal.ToString())], false, cancellationToken);
            return true;
        }
        if (faults.LoginReject is { } status && _target.TakeLoginReject())
        {
            _target.Log($"fault: rejecting the login with {status}");
            await RespondAsync(request, status, [], false, cancellationToken);
            return true;
        }
        return false;
    }

    private async ValueTask RespondAsync(
        IscsiLoginRequest request, IscsiLoginStatus status, IReadOnlyList<IscsiTextParameter> keys, bool transit, CancellationToken cancellationToken)
    {
        var response = new IscsiLoginResponse
        {
            InitiatorTaskTag = request.InitiatorTaskTag,
            Transit = transit,
            CurrentStage = request.CurrentStage,
            NextStage = transit ? request.NextStage : 0,
            Isid = request.Isid,
            Tsih = transit && request.NextStage == IscsiLoginStage.FullFeaturePhase ? _session!.Tsih : (ushort)0,
            StatSN = NextStatSN(),
            ExpCmdSN = _expCmdSN,
            MaxCmdSN = MaxCmdSN,
            Status = status,
            Data = keys.Count == 0 ? ReadOnlyMemory<byte>.Empty : IscsiTextCodec.Encode(keys),
        };
        await _connection.WriteAsync(response, cancellationToken);
    }

    /// <summary>Security negotiation: who, to what, and AuthMethod None or CHAP (RFC 7143 §6.3.1, §12.1.3).</summary>
    private (IscsiLoginStatus, List<IscsiTextParameter>) Security(IReadOnlyList<IscsiTextParameter> keys)
    {
        var session = _session!;
        var answers = new List<IscsiTextParameter>();
        var values = keys.GroupBy(k => k.Key).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);

        if (session.Auth == IscsiTargetAuthState.Start)
        {
            var status = Identify(values, answers);
            if (!status.IsSuccess)
            {
                return (status, answers);
            }
            var offered = values.TryGetValue(IscsiKeys.AuthMethod, out var list) ? list.Split(',') : [];
            if (session.RequiredChap is not null)
            {
                if (!offered.Contains("CHAP"))
                {
                    return (IscsiLoginStatus.AuthenticationFailure, answers);
                }
                answers.Add(new IscsiTextParameter(IscsiKeys.AuthMethod, "CHAP"));
                session.Auth = IscsiTargetAuthState.WaitChapAlgorithm;
            }
            else if (offered.Length == 0 || offered.Contains("None"))
            {
                if (offered.Length > 0)
                {
                    answers.Add(new IscsiTextParameter(IscsiKeys.AuthMethod, "None"));
                }
                session.Auth = IscsiTargetAuthState.Done;
            }
            else
            {
                return (IscsiLoginStatus.AuthenticationFailure, answers); // only methods this target has no account for
            }
        }
        else if (session.Auth == IscsiTargetAuthState.WaitChapAlgorithm && values.TryGetValue(IscsiKeys.ChapA, out var algorithms))
        {
            if (!algorithms.Split(',').Contains(((int)ChapAlgorithm.Md5).ToString(CultureInfo.InvariantCulture)))
            {
                return (IscsiLoginStatus.AuthenticationFailure, [new IscsiTextParameter(IscsiKeys.ChapA, IscsiTextParameter.Reject)]);
            }
            session.Challenge = Chap.Chap.CreateChallenge(Options.Random);
            answers.Add(new IscsiTextParameter(IscsiKeys.ChapA, "5"));
            answers.Add(new IscsiTextParameter(IscsiKeys.ChapI, session.Challenge.Identifier.ToString(CultureInfo.InvariantCulture)));
            answers.Add(new IscsiTextParameter(IscsiKeys.ChapC, IscsiBinaryValue.Format(session.Challenge.Value)));
            session.Auth = IscsiTargetAuthState.WaitChapResponse;
        }
        else if (session.Auth == IscsiTargetAuthState.WaitChapResponse)
        {
            var status = VerifyChap(values, answers);
            if (!status.IsSuccess)
            {
                return (status, answers);
            }
            session.Auth = IscsiTargetAuthState.Done;
        }

        // Operational keys may already ride in the security stage (RFC 7143 §6.3: they are answered in any stage).
        var operational = keys.Where(k => !IsSecurityOrNameKey(k.Key)).ToList();
        answers.AddRange(NegotiateOperational(operational));
        return (IscsiLoginStatus.Success, answers);
    }

    /// <summary>InitiatorName, SessionType and TargetName of the first login request (RFC 7143 §13.4, §13.5, §13.21).</summary>
    private IscsiLoginStatus Identify(Dictionary<string, string> values, List<IscsiTextParameter> answers)
    {
        var session = _session!;
        if (!values.TryGetValue(IscsiKeys.InitiatorName, out var initiator) || initiator.Length == 0)
        {
            return IscsiLoginStatus.MissingParameter;
        }
        session.InitiatorName = initiator;
        var type = values.GetValueOrDefault(IscsiKeys.SessionType, "Normal");
        if (type is not ("Normal" or "Discovery"))
        {
            return IscsiLoginStatus.SessionTypeNotSupported;
        }
        session.IsDiscovery = type == "Discovery";
        if (session.IsDiscovery)
        {
            session.RequiredChap = Options.DiscoveryChap;
        }
        else
        {
            if (!values.TryGetValue(IscsiKeys.TargetName, out var name))
            {
                return IscsiLoginStatus.MissingParameter;
            }
            session.Target = _target.Find(name);
            if (session.Target is null)
            {
                return IscsiLoginStatus.NotFound;
            }
            session.RequiredChap = session.Target.Chap;
        }
        answers.Add(new IscsiTextParameter(IscsiKeys.TargetPortalGroupTag,
            Options.Portal.PortalGroupTag.ToString(CultureInfo.InvariantCulture)));
        return IscsiLoginStatus.Success;
    }

    /// <summary>Checks CHAP_N/CHAP_R and, for mutual CHAP, answers the initiator's CHAP_I/CHAP_C (RFC 7143 §12.1.3).</summary>
    private IscsiLoginStatus VerifyChap(Dictionary<string, string> values, List<IscsiTextParameter> answers)
    {
        var session = _session!;
        var account = session.RequiredChap!;
        if (!values.TryGetValue(IscsiKeys.ChapN, out var name) || !values.TryGetValue(IscsiKeys.ChapR, out var responseText)
            || !IscsiBinaryValue.TryParse(responseText, out var response))
        {
            return IscsiLoginStatus.AuthenticationFailure;
        }
        if (name != account.Name || !Chap.Chap.Verify(session.Challenge!, account.SecretBytes, response))
        {
            _target.Log($"login: CHAP response from '{name}' did not verify");
            return IscsiLoginStatus.AuthenticationFailure;
        }
        var wantsMutual = values.ContainsKey(IscsiKeys.ChapC) || values.ContainsKey(IscsiKeys.ChapI);
        if (!wantsMutual)
        {
            return IscsiLoginStatus.Success;
        }
        var mutual = session.Target?.MutualChap;
        if (mutual is null
            || !values.TryGetValue(IscsiKeys.ChapI, out var idText) || !byte.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !values.TryGetValue(IscsiKeys.ChapC, out var challengeText) || !IscsiBinaryValue.TryParse(challengeText, out var challenge)
            || challenge.Length > Chap.Chap.MaxChallengeLength
            || challenge.AsSpan().SequenceEqual(session.Challenge!.Value))
        {
            // No mutual account, a malformed challenge, or our own challenge reflected back (RFC 7143 §12.1.3).
            return IscsiLoginStatus.AuthenticationFailure;
        }
        var answer = Chap.Chap.ComputeResponse(id, mutual.SecretBytes, challenge);
        if (Options.Faults.WrongChapResponse)
        {
            _target.Log("fault: sending a wrong mutual CHAP response");
            answer[0] ^= 0xff;
        }
        answers.Add(new IscsiTextParameter(IscsiKeys.ChapN, mutual.Name));
        answers.Add(new IscsiTextParameter(IscsiKeys.ChapR, IscsiBinaryValue.Format(answer)));
        return IscsiLoginStatus.Success;
    }

    /// <summary>Operational negotiation (RFC 7143 §6.3.2); authentication must be finished first.</summary>
    private (IscsiLoginStatus, List<IscsiTextParameter>) Operational(IReadOnlyList<IscsiTextParameter> keys)
    {
        if (_session!.Auth != IscsiTargetAuthState.Done)
        {
            if (_session.Auth != IscsiTargetAuthState.Start || _session.InitiatorName.Length > 0)
            {
                return (IscsiLoginStatus.AuthenticationFailure, []);
            }
            // Login may start in the operational stage when no authentication is wanted (RFC 7143 §6.3).
            var values = keys.GroupBy(k => k.Key).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
            var answers = new List<IscsiTextParameter>();
            var status = Identify(values, answers);
            if (!status.IsSuccess || _session.RequiredChap is not null)
            {
                return (status.IsSuccess ? IscsiLoginStatus.AuthenticationFailure : status, answers);
            }
            _session.Auth = IscsiTargetAuthState.Done;
            answers.AddRange(NegotiateOperational(keys.Where(k => !IsSecurityOrNameKey(k.Key)).ToList()));
            return (IscsiLoginStatus.Success, answers);
        }
        try
        {
            return (IscsiLoginStatus.Success, NegotiateOperational(keys.Where(k => !IsSecurityOrNameKey(k.Key)).ToList()));
        }
        catch (IscsiFormatException e)
        {
            _target.Log($"login: {e.Message}");
            return (IscsiFormatReasons.ToLoginStatus(e.Reason), []);
        }
    }

    private List<IscsiTextParameter> NegotiateOperational(List<IscsiTextParameter> keys)
    {
        var answers = _negotiator!.Receive(keys).ToList();
        if (keys.Count > 0 && !_declaredLimits)
        {
            // Declare our own receive limit once, so the initiator does not fall back to 8192 (RFC 7143 §13.12).
            _declaredLimits = true;
            answers.AddRange(_negotiator.Offer([IscsiKeys.MaxRecvDataSegmentLength]));
        }
        return answers;
    }

    private static bool IsSecurityOrNameKey(string key) =>
        key is IscsiKeys.AuthMethod or IscsiKeys.InitiatorName or IscsiKeys.TargetName or IscsiKeys.SessionType or IscsiKeys.InitiatorAlias
        || key.StartsWith("CHAP_", StringComparison.Ordinal);

    private Dictionary<string, string> TargetValues() => new(StringComparer.Ordinal)
    {
        [IscsiKeys.HeaderDigest] = "CRC32C,None",
        [IscsiKeys.DataDigest] = "CRC32C,None",
        [IscsiKeys.MaxConnections] = "1",
        [IscsiKeys.InitialR2T] = "No",
        [IscsiKeys.ImmediateData] = "Yes",
        [IscsiKeys.MaxRecvDataSegmentLength] = IscsiKeys.FormatNumber(Options.MaxRecvDataSegmentLength),
        [IscsiKeys.MaxBurstLength] = IscsiKeys.FormatNumber(Options.MaxBurstLength),
        [IscsiKeys.FirstBurstLength] = IscsiKeys.FormatNumber(Options.FirstBurstLength),
        [IscsiKeys.DefaultTime2Wait] = "2",
        [IscsiKeys.DefaultTime2Retain] = "20",
        [IscsiKeys.MaxOutstandingR2T] = "1",
        [IscsiKeys.DataPduInOrder] = "Yes",
        [IscsiKeys.DataSequenceInOrder] = "Yes",
        [IscsiKeys.ErrorRecoveryLevel] = "0",
        [IscsiKeys.IFMarker] = "No",
        [IscsiKeys.OFMarker] = "No",
        [IscsiKeys.TaskReporting] = "RFC3720",
        [IscsiKeys.ProtocolLevel] = "1",
    };
}
