namespace FlexFabricSim.Net.Iscsi.Login;

/// <summary>Operational text negotiation for one side of a login: offers, answers with RFC 7143's result functions, and
/// checks the other side's answers (RFC 7143 §6.2, §13). Security keys are left to the login state machines.</summary>
/// <remarks>
/// Local values mean "what I offer" for keys this side originates and "what I accept" for keys the other side offers:
/// a list value is every value accepted, a number the limit, a boolean the preference.
/// </remarks>
public sealed class IscsiLoginNegotiator
{
    private readonly Dictionary<string, string> _local;
    private readonly Dictionary<string, string> _offered = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _results = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _declared = new(StringComparer.Ordinal);

    /// <summary>Creates a negotiator for <paramref name="role"/> with its local values.</summary>
    public IscsiLoginNegotiator(IscsiNegotiationRole role, IReadOnlyDictionary<string, string> localValues)
    {
        Role = role;
        _local = new Dictionary<string, string>(localValues, StringComparer.Ordinal);
    }

    /// <summary>The side this negotiator speaks for.</summary>
    public IscsiNegotiationRole Role { get; }

    /// <summary>Results of negotiated keys so far.</summary>
    public IReadOnlyDictionary<string, string> Results => _results;

    /// <summary>Values the other side declared (names, aliases, MaxRecvDataSegmentLength, TargetAddress...).</summary>
    public IReadOnlyDictionary<string, string> Declared => _declared;

    /// <summary>Keys this side offered that have had no answer yet.</summary>
    public IEnumerable<string> Unanswered => _offered.Keys.Where(k => !_results.ContainsKey(k));

    /// <summary>Offers <paramref name="keys"/> with this side's local values (declaratives are simply stated).</summary>
    public IReadOnlyList<IscsiTextParameter> Offer(IEnumerable<string> keys)
    {
        var offers = new List<IscsiTextParameter>();
        foreach (var key in keys)
        {
            if (!_local.TryGetValue(key, out var value))
            {
                continue;
            }
            offers.Add(new IscsiTextParameter(key, value));
            if (IscsiKeys.Table.TryGetValue(key, out var def) && def.Kind != IscsiKeyKind.Declarative)
            {
                _offered[key] = value;
            }
        }
        return offers;
    }

    /// <summary>Takes the other side's keys: answers to our offers are checked and recorded, its offers are answered.</summary>
    /// <returns>The answers to send back.</returns>
    /// <exception cref="IscsiFormatException">An answer breaks its key's result function or range (<see cref="IscsiFormatReason.InvalidKeyValue"/>).</exception>
    public IReadOnlyList<IscsiTextParameter> Receive(IEnumerable<IscsiTextParameter> received)
    {
        var answers = new List<IscsiTextParameter>();
        foreach (var (key, value) in received)
        {
            if (!IscsiKeys.Table.TryGetValue(key, out var def))
            {
                // Unknown or private (X-...) keys: answer NotUnderstood unless this is itself an answer (§6.2).
                if (value is not (IscsiTextParameter.NotUnderstood or IscsiTextParameter.Reject or IscsiTextParameter.Irrelevant))
                {
                    answers.Add(new IscsiTextParameter(key, IscsiTextParameter.NotUnderstood));
                }
                continue;
            }
            if (def.IsSecurity)
            {
                continue; // AuthMethod belongs to the login state machines
            }
            if (def.Kind == IscsiKeyKind.Declarative)
            {
                if (!def.IsValid(value))
                {
                    Invalid(key, value, "declared value out of range");
                }
                _declared[key] = value;
                continue;
            }
            if (_offered.TryGetValue(key, out var offer) && !_results.ContainsKey(key))
            {
                _results[key] = CheckAnswer(def, offer, value);
                continue;
            }
            var answer = Answer(def, value);
            answers.Add(new IscsiTextParameter(key, answer));
            if (answer != IscsiTextParameter.Reject)
            {
                _results[key] = answer;
            }
        }
        return answers;
    }

    /// <summary>The operational parameters agreed: results, then each side's declared MaxRecvDataSegmentLength.</summary>
    public IscsiSessionParameters ToParameters()
    {
        var parameters = IscsiSessionParameters.Defaults;
        foreach (var (key, value) in _results)
        {
            parameters = parameters.With(key, value);
        }
        var mine = _local.TryGetValue(IscsiKeys.MaxRecvDataSegmentLength, out var m) && IscsiKeys.TryParseNumber(m, out var mn) ? (int)mn : 8192;
        var theirs = _declared.TryGetValue(IscsiKeys.MaxRecvDataSegmentLength, out var t) && IscsiKeys.TryParseNumber(t, out var tn) ? (int)tn : 8192;
        return Role == IscsiNegotiationRole.Initiator
            ? parameters with { InitiatorMaxRecvDataSegmentLength = mine, TargetMaxRecvDataSegmentLength = theirs }
            : parameters with { InitiatorMaxRecvDataSegmentLength = theirs, TargetMaxRecvDataSegmentLength = mine };
    }

    /// <summary>The responder's side of §6.2: compute the result from the offer and the local value.</summary>
    private string Answer(IscsiKeyDefinition def, string offer)
    {
        if (!def.IsValid(offer))
        {
            return IscsiTextParameter.Reject;
        }
        var local = _local.GetValueOrDefault(def.Name, def.Default);
        switch (def.Kind)
        {
            case IscsiKeyKind.BooleanAnd:
                return offer == "Yes" && local == "Yes" ? "Yes" : "No";
            case IscsiKeyKind.BooleanOr:
                return offer == "Yes" || local == "Yes" ? "Yes" : "No";
            case IscsiKeyKind.NumberMin or IscsiKeyKind.NumberMax:
                IscsiKeys.TryParseNumber(offer, out var o);
                var l = IscsiKeys.TryParseNumber(local, out var parsed) ? parsed : o;
                var result = def.Kind == IscsiKeyKind.NumberMin ? Math.Min(o, l) : Math.Max(o, l);
                if (def.Name == IscsiKeys.FirstBurstLength && _results.TryGetValue(IscsiKeys.MaxBurstLength, out var mb)
                    && IscsiKeys.TryParseNumber(mb, out var maxBurst))
                {
                    result = Math.Min(result, maxBurst); // FirstBurstLength may not exceed MaxBurstLength (§13.14)
                }
                return IscsiKeys.FormatNumber(result);
            default:
                var accepted = local.Split(',');
                return offer.Split(',').FirstOrDefault(v => accepted.Contains(v)) ?? IscsiTextParameter.Reject;
        }
    }

    /// <summary>The originator's side of §6.2: the answer must be one the result function could give.</summary>
    private static string CheckAnswer(IscsiKeyDefinition def, string offer, string answer)
    {
        if (answer is IscsiTextParameter.Reject or IscsiTextParameter.NotUnderstood or IscsiTextParameter.Irrelevant)
        {
            return def.Default; // the key keeps its default (§6.2)
        }
        if (!def.IsValid(answer))
        {
            Invalid(def.Name, answer, "answer out of range");
        }
        var consistent = def.Kind switch
        {
            IscsiKeyKind.BooleanAnd => offer == "Yes" || answer == "No",
            IscsiKeyKind.BooleanOr => offer == "No" || answer == "Yes",
            IscsiKeyKind.NumberMin => IscsiKeys.TryParseNumber(answer, out var a) && IscsiKeys.TryParseNumber(offer, out var o) && a <= o,
            IscsiKeyKind.NumberMax => IscsiKeys.TryParseNumber(answer, out var a2) && IscsiKeys.TryParseNumber(offer, out var o2) && a2 >= o2,
            _ => !answer.Contains(',') && offer.Split(',').Contains(answer),
        };
        if (!consistent)
        {
            Invalid(def.Name, answer, $"not a possible result of offering {offer}");
        }
        return answer;
    }

    private static void Invalid(string key, string value, string why) =>
        IscsiFormatException.Reject(IscsiFormatReason.InvalidKeyValue, 0, System.Text.Encoding.UTF8.GetBytes($"{key}={value}"), $"{key}: {why}");
}
