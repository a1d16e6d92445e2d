using System.Globalization;
using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rules;
using FlexFabricSim.Scenarios.Format;
using FlexFabricSim.Scenarios.Loading;

namespace FlexFabricSim.Scenarios.Running;

/// <summary>Checks an <see cref="Expectation"/> against a <see cref="RunState"/>, saying what was found when it does not hold.</summary>
public static partial class ExpectationEvaluator
{
    /// <summary>Checks <paramref name="expectation"/> against <paramref name="state"/>.</summary>
    public static ExpectationResult Evaluate(Expectation expectation, RunState state)
    {
        ArgumentNullException.ThrowIfNull(expectation);
        ArgumentNullException.ThrowIfNull(state);
        if (expectation.NeedsBoot && state.LastBoot is null)
        {
            return new ExpectationResult(expectation, false, "no boot has run yet");
        }
        var (passed, actual) = expectation switch
        {
            OutcomeExpectation e => Check(state.LastBoot!.Outcome == e.Outcome, DescribeOutcome(state.LastBoot!)),
            OsOutcomeExpectation e => state.LastBoot!.HandOff is { } handOff
                ? Check(handOff.Outcome == e.Outcome, $"OS outcome {YamlNames.Of(handOff.Outcome)}")
                : (false, $"no OS hand-off ({DescribeOutcome(state.LastBoot!)})"),
            StageExpectation e => Check(state.LastBoot!.FailedStage == e.Stage,
                state.LastBoot!.FailedStage is { } stage ? $"failure in stage {YamlNames.Of(stage)}" : DescribeOutcome(state.LastBoot!)),
            CauseExpectation e => Check(state.LastBoot!.EventId == e.Id,
                state.LastBoot!.EventId is { } id ? $"cause {id}" : $"no cause ({DescribeOutcome(state.LastBoot!)})"),
            EventsExpectation e => Events(e, state.LastBoot!),
            ConsoleExpectation e => Texts(e.Texts, e.Present, state.LastBoot!.ConsoleText, "console"),
            ScreenExpectation e => Texts(e.Texts, e.Present, state.LastScreen ?? "", "screen"),
            SessionListExpectation e => Texts(e.Texts, true, string.Join('\n', state.LastBoot!.HandOff?.SessionList ?? []), "session list"),
            GuideExpectation e => Guide(e, state.LastBoot!),
            ElapsedExpectation e => Check(
                (e.AtLeast is null || state.LastBoot!.Elapsed >= e.AtLeast) && (e.AtMost is null || state.LastBoot!.Elapsed <= e.AtMost),
                $"boot time {YamlNames.Of(state.LastBoot!.Elapsed)}"),
            NvramExpectation e => Nvram(e, state.Configuration),
            RefusedExpectation e => state.Refusal is { } refusal
                ? Check(refusal.Rule == e.Rule, $"refused by rule {YamlNames.Of(refusal.Rule)}: {refusal.Message}")
                : (false, "the set was accepted"),
            AdvisoryExpectation e => Advisories(e, state),
            IbftExpectation e => IbftCheck.Evaluate(e, state.LastBoot!),
            _ => throw new ArgumentOutOfRangeException(nameof(expectation), expectation.GetType().Name, "unknown expectation"),
        };
        return new ExpectationResult(expectation, passed, actual);
    }

    /// <summary>A boot's end in words: <c>failed in os-hand-off (ffs-171, G p.27 T10)</c>.</summary>
    public static string DescribeOutcome(BootResult boot)
    {
        ArgumentNullException.ThrowIfNull(boot);
        if (boot.Outcome != BootOutcome.Failed)
        {
            return $"outcome {YamlNames.Of(boot.Outcome)}";
        }
        var stage = boot.FailedStage is { } s ? $" in {YamlNames.Of(s)}" : "";
        var cause = string.Join(", ", new[] { boot.EventId?.ToString(), boot.Guide?.ToString() }.Where(t => t is not null));
        return $"outcome failed{stage}{(cause.Length > 0 ? $" ({cause})" : "")}";
    }

    private static (bool, string) Check(bool passed, string actual) => (passed, actual);

    /// <summary>The ids a boot emitted: its event log, its cause, and its OS hand-off's code and notes.</summary>
    public static IReadOnlySet<BootEventId> EmittedIds(BootResult boot)
    {
        ArgumentNullException.ThrowIfNull(boot);
        var ids = boot.Events.Where(e => e.Id is not null).Select(e => e.Id!.Value).ToHashSet();
        if (boot.EventId is { } cause)
        {
            ids.Add(cause);
        }
        if (boot.HandOff is { } handOff)
        {
            ids.Add(BootEventId.Engine(handOff.Code));
            ids.UnionWith(handOff.Notes.Select(n => BootEventId.Engine(n.Code)));
        }
        return ids;
    }

    private static (bool, string) Events(EventsExpectation e, BootResult boot)
    {
        var emitted = EmittedIds(boot);
        var wrong = e.Ids.Where(id => emitted.Contains(id) != e.Present).ToList();
        if (wrong.Count == 0)
        {
            return (true, $"events {string.Join(", ", e.Ids)} {(e.Present ? "present" : "absent")}");
        }
        var all = string.Join(", ", emitted.OrderBy(i => i.Source).ThenBy(i => i.Number));
        return (false, e.Present
            ? $"no {string.Join(", ", wrong)} in the event log (it holds {(all.Length > 0 ? all : "no ids")})"
            : $"{string.Join(", ", wrong)} in the event log");
    }

    private static (bool, string) Texts(IReadOnlyList<string> texts, bool present, string haystack, string what)
    {
        var wrong = texts.Where(t => haystack.Contains(t, StringComparison.Ordinal) != present).ToList();
        if (wrong.Count == 0)
        {
            return (true, $"{what} {(present ? "shows" : "does not show")} {ConsoleExpectation.Quote(texts)}");
        }
        if (!present)
        {
            return (false, $"{what} shows {ConsoleExpectation.Quote(wrong)}");
        }
        var lines = haystack.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var tail = lines.Length == 0 ? "(nothing)" : string.Join(" | ", lines.TakeLast(3));
        return (false, $"{what} lacks {ConsoleExpectation.Quote(wrong)}; it ends: {tail}");
    }

    private static (bool, string) Guide(GuideExpectation e, BootResult boot)
    {
        if (boot.Guide is not { } guide)
        {
            return (false, "no guide reference");
        }
        var matches = GuideCitation.TryParse(e.Citation, out var page) && page.Entry is null
            ? page.Pages.Contains(guide.Page)
            : string.Equals(guide.Entry, e.Citation.Split(' ')[0], StringComparison.OrdinalIgnoreCase);
        return (matches, $"guide reference {guide}");
    }

    private static (bool, string) Nvram(NvramExpectation e, AdapterConfiguration configuration)
    {
        var wrong = new List<string>();
        foreach (var setting in e.Values)
        {
            var at = ScenarioLoader.AddressFor(setting.Key, e.At);
            var actual = configuration.IsAddressable(at) ? configuration.Get(at, setting.Key) : "(not addressable)";
            var ipVersion = configuration.IsAddressable(at) ? configuration.IpVersionAt(at) : IpVersion.Ipv4;
            if (!SameValue(setting.Key, setting.Value, actual, ipVersion))
            {
                wrong.Add($"{setting.Key}={(actual.Length == 0 ? "(empty)" : actual)}");
            }
        }
        return wrong.Count == 0 ? (true, string.Join(", ", e.Values)) : (false, string.Join(", ", wrong));
    }

    /// <summary>Whether <paramref name="expected"/> as a scenario writes it names the stored <paramref name="actual"/> value.</summary>
    public static bool SameValue(string key, string expected, string actual, IpVersion ipVersion)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            return true;
        }
        var field = FieldCatalog.Get(key);
        return field.Kind switch
        {
            FieldKind.Choice => field.Choices.Any(c => c.Value == actual
                && (string.Equals(c.Value, expected, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(c.Label, expected, StringComparison.OrdinalIgnoreCase))),
            FieldKind.Integer => long.TryParse(expected, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var a)
                && long.TryParse(actual, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var b) && a == b,
            FieldKind.IpAddress => System.Net.IPAddress.TryParse(expected, out var x) && System.Net.IPAddress.TryParse(actual, out var y)
                && x.Equals(y),
            FieldKind.SubnetMask => IpText.TryParseMask(expected, ipVersion, out var m) && m == actual,
            FieldKind.MacAddress => MacAddress.TryParse(expected, out var p) && MacAddress.TryParse(actual, out var q) && p == q,
            _ => false,
        };
    }

    private static (bool, string) Advisories(AdvisoryExpectation e, RunState state)
    {
        var flagged = TrainingAdvisor.Check(state.Configuration).Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var wrong = e.Keys.Where(k => flagged.Contains(k) != e.Present).ToList();
        var list = flagged.Count == 0 ? "nothing" : string.Join(", ", flagged.Order(StringComparer.Ordinal));
        return wrong.Count == 0
            ? (true, $"advisor warns about {list}")
            : (false, e.Present
                ? $"no advisory for {string.Join(", ", wrong)} (advisor warns about {list})"
                : $"advisor warns about {string.Join(", ", wrong)}");
    }
}
