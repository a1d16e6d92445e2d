using System.Globalization;
using FlexFabricSim.Net.Iscsi.Failures;
using FlexFabricSim.Net.Iscsi.Login;

namespace FlexFabricSim.Net.Iscsi.Initiator;

/// <summary>The initiator's login: security negotiation (None, CHAP, mutual CHAP) then operational negotiation (RFC 7143 §6.3).</summary>
public sealed partial class IscsiSession
{
    /// <summary>Runs one login on the current connection; returns a portal to reconnect to when the target redirects.</summary>
    private async Task<IscsiPortal?> RunLoginAsync(CancellationToken cancellationToken)
    {
        var negotiator = new IscsiLoginNegotiator(IscsiNegotiationRole.Initiator, InitiatorValues());
        var itt = NextTag();
        _cmdSN = 1;

        // Step 1: who we are and how we authenticate; ready to go to the operational stage.
        var first = new List<IscsiTextParameter> { new(IscsiKeys.InitiatorName, _options.InitiatorName) };
        first.Add(IsDiscovery ? new(IscsiKeys.SessionType, "Discovery") : new(IscsiKeys.TargetName, TargetName!));
        if (!IsDiscovery)
        {
            first.Add(new(IscsiKeys.SessionType, "Normal"));
        }
        first.Add(new(IscsiKeys.AuthMethod, _options.Chap is null ? "None" : "CHAP"));
        var (response, keys) = await ExchangeAsync(itt, IscsiLoginStage.SecurityNegotiation, IscsiLoginStage.LoginOperationalNegotiation, true, first, cancellationToken);
        if (response is null)
        {
            return RedirectTarget(keys);
        }

        if (response.CurrentStage == IscsiLoginStage.SecurityNegotiation)
        {
            var authMethod = keys.GetValueOrDefault(IscsiKeys.AuthMethod);
            switch (authMethod)
            {
                case null when !response.Transit:
                    throw Fail(IscsiFailureKind.NegotiationFailed, GuideEventId.NoAuthMethod, "the target sent no AuthMethod");
                case "None" or null when _options.Chap is not null:
                    throw Fail(IscsiFailureKind.ChapNotOffered, GuideEventId.TargetDidNotOfferChap,
                        "CHAP is required but the target answered AuthMethod=None");
                case "None" or null:
                    break;
                case "CHAP" when _options.Chap is not null:
                    (response, keys) = await ChapAsync(itt, cancellationToken);
                    if (response is null)
                    {
                        return RedirectTarget(keys);
                    }
                    break;
                case IscsiTextParameter.Reject when _options.Chap is null:
                    throw Fail(IscsiFailureKind.ChapRequired, GuideEventId.TargetRequiresChap,
                        "the target refused AuthMethod=None: it requires CHAP, which is not configured");
                default:
                    throw Fail(IscsiFailureKind.NegotiationFailed, GuideEventId.UnknownAuthMethod, $"the target chose AuthMethod={authMethod}");
            }
            // The target may still need a request to move to the operational stage.
            while (!(response.Transit && response.NextStage == IscsiLoginStage.LoginOperationalNegotiation)
                && response.NextStage != IscsiLoginStage.FullFeaturePhase)
            {
                (response, keys) = await ExchangeAsync(itt, IscsiLoginStage.SecurityNegotiation, IscsiLoginStage.LoginOperationalNegotiation, true, [], cancellationToken);
                if (response is null)
                {
                    return RedirectTarget(keys);
                }
            }
        }
        if (_options.MutualChap is not null && !TargetAuthenticated)
        {
            throw Fail(IscsiFailureKind.TargetAuthenticationFailed, GuideEventId.ChapResponseMismatch,
                "mutual CHAP was required but the target never answered the challenge");
        }

        // Step 2: operational keys until the target agrees to full feature phase.
        negotiator.Receive(OperationalOnly(keys));
        var offers = negotiator.Offer(OperationalKeys());
        while (!(response.Transit && response.NextStage == IscsiLoginStage.FullFeaturePhase))
        {
            (response, keys) = await ExchangeAsync(itt, IscsiLoginStage.LoginOperationalNegotiation, IscsiLoginStage.FullFeaturePhase, true, offers, cancellationToken);
            if (response is null)
            {
                return RedirectTarget(keys);
            }
            try
            {
                offers = negotiator.Receive(OperationalOnly(keys));
            }
            catch (IscsiFormatException e)
            {
                throw Fail(IscsiFailureKind.NegotiationFailed, GuideEventId.InvalidLoginResponse, e.Message, e);
            }
        }

        Parameters = negotiator.ToParameters();
        CheckParameters(response);
        Tsih = response.Tsih;
        _connection.Digests = Parameters.Digests;
        _connection.MaxRecvDataSegmentLength = _options.MaxRecvDataSegmentLength;
        State = IscsiSessionState.FullFeature;
        return null;
    }

    /// <summary>CHAP: ask for MD5, answer the challenge, and for mutual CHAP send ours and check the answer (RFC 7143 §12.1.3).</summary>
    private async Task<(IscsiLoginResponse? Response, Dictionary<string, string> Keys)> ChapAsync(uint itt, CancellationToken cancellationToken)
    {
        var (response, keys) = await ExchangeAsync(itt, IscsiLoginStage.SecurityNegotiation, IscsiLoginStage.LoginOperationalNegotiation, false,
            [new(IscsiKeys.ChapA, "5")], cancellationToken);
        if (response is null)
        {
            return (null, keys);
        }
        if (keys.GetValueOrDefault(IscsiKeys.ChapA) != "5")
        {
            throw Fail(IscsiFailureKind.NegotiationFailed, GuideEventId.UnknownChapAlgorithm, $"the target chose CHAP_A={keys.GetValueOrDefault(IscsiKeys.ChapA)}");
        }
        if (!keys.TryGetValue(IscsiKeys.ChapI, out var idText) || !byte.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            throw Fail(IscsiFailureKind.NegotiationFailed, GuideEventId.InvalidChapKey, $"CHAP_I={idText} is not an identifier 0-255");
        }
        if (!keys.TryGetValue(IscsiKeys.ChapC, out var challengeText) || !IscsiBinaryValue.TryParse(challengeText, out var challenge))
        {
            throw Fail(IscsiFailureKind.NegotiationFailed, GuideEventId.InvalidChapChallenge, "the CHAP challenge is not a hex or base64 value");
        }
        if (challenge.Length > Chap.Chap.MaxChallengeLength)
        {
            throw Fail(IscsiFailureKind.NegotiationFailed, GuideEventId.ChallengeTooLong, $"a {challenge.Length}-byte CHAP challenge");
        }

        var chap = _options.Chap!;
        var answer = new List<IscsiTextParameter>
        {
            new(IscsiKeys.ChapN, chap.Name),
            new(IscsiKeys.ChapR, IscsiBinaryValue.Format(Chap.Chap.ComputeResponse(id, chap.SecretBytes, challenge))),
        };
        Chap.ChapChallenge? ours = null;
        if (_options.MutualChap is not null)
        {
            ours = Chap.Chap.CreateChallenge(_options.Random);
            answer.Add(new(IscsiKeys.ChapI, ours.Identifier.ToString(CultureInfo.InvariantCulture)));
            answer.Add(new(IscsiKeys.ChapC, IscsiBinaryValue.Format(ours.Value)));
        }
        (response, keys) = await ExchangeAsync(itt, IscsiLoginStage.SecurityNegotiation, IscsiLoginStage.LoginOperationalNegotiation, true, answer, cancellationToken);
        if (response is null || ours is null)
        {
            return (response, keys);
        }

        var mutual = _options.MutualChap!;
        if (!keys.TryGetValue(IscsiKeys.ChapN, out var name) || !keys.TryGetValue(IscsiKeys.ChapR, out var responseText)
            || !IscsiBinaryValue.TryParse(responseText, out var targetResponse))
        {
            throw Fail(IscsiFailureKind.TargetAuthenticationFailed, GuideEventId.InvalidChapKey, "the target did not answer the mutual CHAP challenge");
        }
        if (name != mutual.Name || !Chap.Chap.Verify(ours, mutual.SecretBytes, targetResponse))
        {
            throw Fail(IscsiFailureKind.TargetAuthenticationFailed, GuideEventId.ChapResponseMismatch,
                $"the target's CHAP response (as '{name}') did not match");
        }
        TargetAuthenticated = true;
        return (response, keys);
    }

    /// <summary>Sends one login request (whole text) and reads the answer, following C-bit continuations; a redirect returns null.</summary>
    private async Task<(IscsiLoginResponse? Response, Dictionary<string, string> Keys)> ExchangeAsync(uint itt, IscsiLoginStage current,
        IscsiLoginStage next, bool transit, IReadOnlyList<IscsiTextParameter> keys, CancellationToken cancellationToken)
    {
        var request = new IscsiLoginRequest
        {
            InitiatorTaskTag = itt,
            Transit = transit,
            CurrentStage = current,
            NextStage = transit ? next : 0,
            Isid = _options.Isid,
            CmdSN = _cmdSN,
            ExpStatSN = _expStatSN,
            Data = keys.Count == 0 ? ReadOnlyMemory<byte>.Empty : IscsiTextCodec.Encode(keys),
        };
        var text = new MemoryStream();
        while (true)
        {
            await SendAsync(request, cancellationToken);
            var pdu = await ReceiveAsync(_options.LoginTimeout, GuideEventId.LoginTimeout, "a login request", cancellationToken);
            if (pdu is not IscsiLoginResponse response || response.InitiatorTaskTag != itt)
            {
                throw Fail(IscsiFailureKind.ProtocolError, GuideEventId.InvalidLoginResponse, $"expected a Login Response, got {pdu.Opcode}");
            }
            text.Write(response.Data.Span);
            Dictionary<string, string> parsed;
            try
            {
                parsed = response.Continue ? [] : Parse(text.ToArray());
            }
            catch (IscsiFormatException e)
            {
                throw Fail(IscsiFailureKind.ProtocolError, GuideEventId.InvalidLoginResponse, e.Message, e);
            }
            if (response.Status.StatusClass == IscsiLoginStatusClass.Redirection)
            {
                return (null, parsed);
            }
            if (!response.Status.IsSuccess)
            {
                throw LoginRefused(response.Status);
            }
            if (!response.Continue)
            {
                return (response, parsed);
            }
            // More text follows: an empty request with the same stage asks for it (RFC 7143 §6.3).
            request = request with { Transit = false, NextStage = 0, Data = ReadOnlyMemory<byte>.Empty, ExpStatSN = _expStatSN };
        }
    }

    private IscsiException LoginRefused(IscsiLoginStatus status)
    {
        var failure = status switch
        {
            { Class: 2, Detail: 1 } when _options.Chap is null => new IscsiFailure(IscsiFailureKind.ChapRequired, GuideEventId.TargetRequiresChap,
                $"login refused with {status}: the target requires CHAP, which is not configured"),
            { Class: 2, Detail: 1 } => new IscsiFailure(IscsiFailureKind.AuthenticationFailed, GuideEventId.LoginFailed,
                $"login refused with {status}: wrong CHAP name or secret"),
            _ => new IscsiFailure(IscsiFailureKind.LoginRejected, GuideEventId.LoginFailed, $"login refused with {status}"),
        };
        return Fail(failure with { LoginStatus = status });
    }

    private IscsiPortal RedirectTarget(Dictionary<string, string> keys)
    {
        if (keys.TryGetValue(IscsiKeys.TargetAddress, out var address) && IscsiPortal.TryParse(address, out var portal))
        {
            return portal;
        }
        throw Fail(IscsiFailureKind.RedirectFailed, GuideEventId.InvalidRedirect, $"redirected without a usable TargetAddress ('{address}')");
    }

    /// <summary>Rules the card checks after negotiation (events 3, 4, 18, 19, 61, 62).</summary>
    private void CheckParameters(IscsiLoginResponse final)
    {
        if (unchecked((int)(final.MaxCmdSN - (final.ExpCmdSN - 1))) < 0)
        {
            throw Fail(IscsiFailureKind.NegotiationFailed, GuideEventId.BadCommandWindow,
                $"MaxCmdSN {final.MaxCmdSN} is below ExpCmdSN {final.ExpCmdSN} - 1");
        }
        _maxCmdSN = final.MaxCmdSN;
        _cmdSN = final.ExpCmdSN;
        if (_options.RequireDigests && (_options.Digests & IscsiDigests.Header) != 0 && !Parameters.HeaderDigest)
        {
            throw Fail(IscsiFailureKind.NegotiationFailed, GuideEventId.HeaderDigestRefused, "the target refused HeaderDigest=CRC32C");
        }
        if (_options.RequireDigests && (_options.Digests & IscsiDigests.Data) != 0 && !Parameters.DataDigest)
        {
            throw Fail(IscsiFailureKind.NegotiationFailed, GuideEventId.DataDigestRefused, "the target refused DataDigest=CRC32C");
        }
        if (!IsDiscovery && !Parameters.DataPduInOrder)
        {
            throw Fail(IscsiFailureKind.NegotiationFailed, GuideEventId.DataPduInOrderRefused, "the target set DataPDUInOrder=No");
        }
        if (!IsDiscovery && !Parameters.DataSequenceInOrder)
        {
            throw Fail(IscsiFailureKind.NegotiationFailed, GuideEventId.DataSequenceInOrderRefused, "the target set DataSequenceInOrder=No");
        }
        if (!IsDiscovery && Parameters.FirstBurstLength > Parameters.MaxBurstLength)
        {
            throw Fail(IscsiFailureKind.NegotiationFailed, GuideEventId.BurstLengthsInverted,
                $"FirstBurstLength {Parameters.FirstBurstLength} exceeds MaxBurstLength {Parameters.MaxBurstLength}");
        }
    }

    private static Dictionary<string, string> Parse(byte[] text)
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in IscsiTextCodec.Parse(text))
        {
            keys[key] = value;
        }
        return keys;
    }

    private static IEnumerable<IscsiTextParameter> OperationalOnly(Dictionary<string, string> keys) =>
        keys.Where(k => k.Key is not (IscsiKeys.AuthMethod or IscsiKeys.TargetPortalGroupTag or IscsiKeys.TargetAlias)
                && !k.Key.StartsWith("CHAP_", StringComparison.Ordinal))
            .Select(k => new IscsiTextParameter(k.Key, k.Value));

    private IEnumerable<string> OperationalKeys() => IsDiscovery
        ? [IscsiKeys.HeaderDigest, IscsiKeys.DataDigest, IscsiKeys.MaxRecvDataSegmentLength]
        :
        [
            IscsiKeys.HeaderDigest, IscsiKeys.DataDigest, IscsiKeys.InitialR2T, IscsiKeys.ImmediateData, IscsiKeys.MaxBurstLength,
            IscsiKeys.FirstBurstLength, IscsiKeys.DefaultTime2Wait, IscsiKeys.DefaultTime2Retain, IscsiKeys.MaxOutstandingR2T,
            IscsiKeys.ErrorRecoveryLevel, IscsiKeys.MaxConnections, IscsiKeys.MaxRecvDataSegmentLength, IscsiKeys.DataPduInOrder,
            IscsiKeys.DataSequenceInOrder,
        ];

    private Dictionary<string, string> InitiatorValues()
    {
        static string Digest(bool wanted, bool required) => wanted ? (required ? "CRC32C" : "CRC32C,None") : "None";
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [IscsiKeys.HeaderDigest] = Digest((_options.Digests & IscsiDigests.Header) != 0, _options.RequireDigests),
            [IscsiKeys.DataDigest] = Digest((_options.Digests & IscsiDigests.Data) != 0, _options.RequireDigests),
            [IscsiKeys.InitialR2T] = "Yes",
            [IscsiKeys.ImmediateData] = "Yes",
            [IscsiKeys.MaxBurstLength] = IscsiKeys.FormatNumber(_options.MaxBurstLength),
            [IscsiKeys.FirstBurstLength] = IscsiKeys.FormatNumber(Math.Min(_options.FirstBurstLength, _options.MaxBurstLength)),
            [IscsiKeys.DefaultTime2Wait] = "2",
            [IscsiKeys.DefaultTime2Retain] = "0",
            [IscsiKeys.MaxOutstandingR2T] = "1",
            [IscsiKeys.ErrorRecoveryLevel] = "0",
            [IscsiKeys.MaxConnections] = "1",
            [IscsiKeys.MaxRecvDataSegmentLength] = IscsiKeys.FormatNumber(_options.MaxRecvDataSegmentLength),
            [IscsiKeys.DataPduInOrder] = "Yes",
            [IscsiKeys.DataSequenceInOrder] = "Yes",
        };
    }
}
