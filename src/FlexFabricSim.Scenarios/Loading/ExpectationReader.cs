using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Os;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rules;
using FlexFabricSim.Scenarios.Format;
using YamlDotNet.RepresentationModel;

namespace FlexFabricSim.Scenarios.Loading;

/// <summary>Reads <c>expect:</c> blocks (and objective points) into <see cref="Expectation"/>s, each with something to look at.</summary>
internal static class ExpectationReader
{
    /// <summary>Every key an <c>expect:</c> block may hold.</summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        "outcome", "os-outcome", "stage", "event", "events", "no-events", "console", "no-console", "guide", "elapsed", "session-list",
        "screen", "no-screen", "nvram", "refused", "advisories", "no-advisories", "ibft",
    ];

    /// <summary>Reads every expectation of <paramref name="map"/>, in file order.</summary>
    public static IReadOnlyList<Expectation> Read(ScenarioMap map, LoadContext context, bool setStep = false)
    {
        var expectations = new List<Expectation>();
        foreach (var (key, keyNode, value) in map.Entries())
        {
            if (!Keys.Contains(key))
            {
                continue;
            }
            expectations.Add(ReadOne(map, key, keyNode, value, context, setStep));
        }
        foreach (var key in Keys)
        {
            map.Find(key);
        }
        map.RefuseUnknownKeys();
        if (expectations.Count == 0)
        {
            throw map.Fail($"expects nothing; write one or more of {string.Join(", ", Keys)}");
        }
        return expectations;
    }

    /// <summary>Reads the expectation under <paramref name="key"/>, or fails for a key that is not one.</summary>
    public static Expectation ReadOne(ScenarioMap map, string key, YamlNode keyNode, YamlNode value, LoadContext context, bool setStep)
    {
        var field = map.Child(key);
        var location = map.LocationOf(keyNode);
        Expectation expectation = key switch
        {
            "outcome" => new OutcomeExpectation(Enum<BootOutcome>(map, value, field)) { Location = location },
            "os-outcome" => new OsOutcomeExpectation(Enum<OsOutcome>(map, value, field)) { Location = location },
            "stage" => new StageExpectation(Enum<BootStage>(map, value, field)) { Location = location },
            "event" => new CauseExpectation(EventId(map, value, field)) { Location = location },
            "events" or "no-events" => new EventsExpectation(
                [.. map.Strings(value, field).Select(s => EventId(map, s.Node, field))], key == "events") { Location = location },
            "console" or "no-console" => new ConsoleExpectation(Texts(map, value, field), key == "console") { Location = location },
            "screen" or "no-screen" => new ScreenExpectation(Texts(map, value, field), key == "screen") { Location = location },
            "session-list" => new SessionListExpectation(Texts(map, value, field)) { Location = location },
            "guide" => new GuideExpectation(Citation(map, value, field)) { Location = location },
            "elapsed" => Elapsed(map, value, field, location),
            "nvram" => Nvram(map, value, field, location, context),
            "refused" => new RefusedExpectation(Enum<RuleId>(map, value, field)) { Location = location },
            "advisories" or "no-advisories" => new AdvisoryExpectation(
                [.. map.Strings(value, field).Select(s => FieldKey(map, s.Text, s.Node, field))], key == "advisories")
            {
                Location = location,
            },
            "ibft" => IbftReader.Read(map, value, field, location),
            _ => throw ScenarioMap.Fail(map.File, keyNode, field, $"is not an expectation; write one of {string.Join(", ", Keys)}"),
        };
        if (expectation is RefusedExpectation && !setStep)
        {
            throw ScenarioMap.Fail(map.File, keyNode, field, "only a 'set' step can expect to be refused");
        }
        if (expectation.NeedsBoot && !context.HasBooted)
        {
            throw ScenarioMap.Fail(map.File, keyNode, field, "looks at a boot, but no boot step comes before it (add '- boot')");
        }
        if (expectation is ScreenExpectation && !context.HasMenu)
        {
            throw ScenarioMap.Fail(map.File, keyNode, field, "looks at the menus' screen, but no menu step comes before it");
        }
        return expectation;
    }

    private static T Enum<T>(ScenarioMap map, YamlNode node, string field) where T : struct, Enum
    {
        var text = map.Scalar(node, field);
        return YamlNames.TryParse<T>(text, out var value)
            ? value.Value
            : throw ScenarioMap.Fail(map.File, node, field, $"must be one of {string.Join(", ", YamlNames.All<T>())}, not '{text}'");
    }

    private static BootEventId EventId(ScenarioMap map, YamlNode node, string field)
    {
        var text = map.Scalar(node, field);
        return BootEventId.TryParse(text, out var id)
            ? id.Value
            : throw ScenarioMap.Fail(map.File, node, field,
                $"'{text}' is not an event id: evt-1..evt-{BootEventId.MaxDriverId} (driver, G p.30-33) or ffs-N (engine, docs/events.md)");
    }

    private static IReadOnlyList<string> Texts(ScenarioMap map, YamlNode node, string field) =>
        [
            .. map.Strings(node, field)
                .Select(s => s.Text.Length > 0 ? s.Text : throw ScenarioMap.Fail(map.File, s.Node, field, "must not be empty")),
        ];

    private static string Citation(ScenarioMap map, YamlNode node, string field)
    {
        var text = map.Scalar(node, field);
        if (GuideCitation.TryParse(text, out var citation))
        {
            return citation.ToString();
        }
        return Guide.GuideEntries.Find(text) is { } entry
            ? entry.Id
            : throw ScenarioMap.Fail(map.File, node, field, $"'{text}' is not T1-T12 or a page like p.18");
    }

    private static ElapsedExpectation Elapsed(ScenarioMap map, YamlNode node, string field, SourceLocation location)
    {
        var bounds = ScenarioMap.Of(node, map.File, field);
        var atLeast = bounds.Duration("at-least");
        var atMost = bounds.Duration("at-most");
        bounds.RefuseUnknownKeys();
        if (atLeast is null && atMost is null)
        {
            throw bounds.Fail("needs at-least, at-most or both");
        }
        if (atLeast > atMost)
        {
            throw bounds.Fail("at-least is longer than at-most");
        }
        return new ElapsedExpectation(atLeast, atMost) { Location = location };
    }

    private static NvramExpectation Nvram(ScenarioMap map, YamlNode node, string field, SourceLocation location, LoadContext context)
    {
        var values = ScenarioMap.Of(node, map.File, field);
        var settings = new List<NvramSetting>();
        foreach (var (key, keyNode, value) in values.Entries())
        {
            FieldKey(values, key, keyNode, values.Path);
            settings.Add(new NvramSetting(key, values.Scalar(value, values.Child(key)), values.LocationOf(value)));
        }
        if (settings.Count == 0)
        {
            throw values.Fail("names no NVRAM values");
        }
        return new NvramExpectation(settings, context.At) { Location = location };
    }

    private static string FieldKey(ScenarioMap map, string key, YamlNode node, string field)
    {
        if (FieldCatalog.TryGet(key, out _))
        {
            return key;
        }
        var suggestions = FieldCatalog.Suggest(key);
        var hint = suggestions.Count > 0
            ? $"; did you mean {string.Join(" or ", suggestions)}?"
            : "; 'flexfabric nvram show' lists every key";
        throw ScenarioMap.Fail(map.File, node, field, $"there is no NVRAM field '{key}'{hint}");
    }
}
