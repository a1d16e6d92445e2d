using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FlexFabricSim.Scenarios.Loading;
using FlexFabricSim.Scenarios.Tests.Support;
using FlexFabricSim.Testing;
using Json.Schema;

namespace FlexFabricSim.Scenarios.Tests.Schema;

/// <summary>
/// scenarios/schema.json and the loader cannot drift: every library file passes both, files the loader refuses fail the
/// schema too, and the schema's generated parts (NVRAM keys, enums, OS profiles) equal what the code generates today.
/// </summary>
public sealed class SchemaTests
{
    private static readonly string SchemaPath = Path.Combine(RepoPaths.Scenarios, "schema.json");
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaPath)));

    public static TheoryData<string> Files => ScenarioFiles.Names();

    [Theory]
    [MemberData(nameof(Files))]
    public void FileValidatesAgainstTheSchemaAndLoads(string name)
    {
        var path = ScenarioFiles.PathOf(name);
        var problems = Validate(File.ReadAllText(path));
        Assert.True(problems.Count == 0, $"{name} fails the schema:\n{string.Join('\n', problems)}");
        ScenarioLoader.Load(path);
    }

    public static TheoryData<string, string> RefusedByBoth => new()
    {
        { "unknown top-level key", "title: t\nguide: p.7\nadapter: { model: 534M }\ntitel: oops\n" },
        { "unknown NVRAM key", "title: t\nguide: p.7\nadapter: { model: 534M, nvram: { mba.boot-protocoll: iscsi } }\n" },
        { "not a choice", "title: t\nguide: p.7\nadapter: { model: 534M, nvram: { mba.boot-protocol: tftp } }\n" },
        { "out of range", "title: t\nguide: p.7\nadapter: { model: 534M, nvram: { iscsi.target1.boot-lun: 256 } }\n" },
        { "bad citation", "title: t\nguide: page 7\nadapter: { model: 534M }\n" },
        { "two actions in a step", "title: t\nguide: p.7\nadapter: { model: 534M }\nsteps:\n  - boot:\n    menu: esc\n" },
        { "unknown expectation", "title: t\nguide: p.7\nadapter: { model: 534M }\nexpect: { outcom: failed }\n" },
        {
            "refused outside a set",
            "title: t\nguide: p.7\nadapter: { model: 534M }\nsteps:\n  - boot:\n    expect: { refused: out-of-range }\n"
        },
        {
            "lesson with steps",
            "title: t\nguide: p.6\nadapter: { model: 534M }\nobjective: { text: x, points: [{ outcome: failed, hint: h, guide: p.6 }] }\n"
                + "solution: esc\nsteps: [boot]\n"
        },
        { "lab key unknown", "title: t\nguide: p.7\nadapter: { model: 534M }\nlab: { switch: { speed: 1gbps } }\n" },
    };

    [Theory]
    [MemberData(nameof(RefusedByBoth))]
    public void FilesTheLoaderRefusesFailTheSchemaToo(string why, string yaml)
    {
        Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.Parse(yaml, "case.yaml"));
        Assert.True(Validate(yaml).Count > 0, $"the schema accepts a file the loader refuses ({why})");
    }

    [Fact]
    public void GeneratedDefinitionsMatchTheCatalogs()
    {
        var file = JsonNode.Parse(File.ReadAllText(SchemaPath))!.AsObject();
        var definitions = file["$defs"]!.AsObject();
        var generated = SchemaDefinitions.Generate();
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!inCi && Environment.GetEnvironmentVariable("UPDATE_SCENARIO_SCHEMA") == "1")
        {
            foreach (var (key, value) in generated)
            {
                definitions[key] = value.DeepClone();
            }
            var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            File.WriteAllText(SchemaPath, file.ToJsonString(options) + "\n");
            return;
        }
        var stale = generated.Where(g => !JsonNode.DeepEquals(definitions[g.Key], g.Value)).Select(g => g.Key).ToList();
        Assert.True(stale.Count == 0,
            $"schema.json's generated $defs are stale: {string.Join(", ", stale)}. "
            + "Rerun with UPDATE_SCENARIO_SCHEMA=1 and review the diff.");
    }

    [Fact]
    public void SchemaIsValidDraft202012()
    {
        var file = JsonNode.Parse(File.ReadAllText(SchemaPath))!;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)file["$schema"]);
        // A schema that builds evaluates a trivial instance without throwing.
        Assert.False(Schema.Value.Evaluate(JsonDocument.Parse("{}").RootElement).IsValid);
    }

    private static List<string> Validate(string yaml)
    {
        var json = YamlJson.Convert(yaml);
        using var document = JsonDocument.Parse(json?.ToJsonString() ?? "null");
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
    }
}
