using System.Globalization;
using System.Text.Json.Nodes;
using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Os;
using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rules;
using FlexFabricSim.Net.Ibft;
using FlexFabricSim.Scenarios.Format;

namespace FlexFabricSim.Scenarios.Tests.Schema;

/// <summary>The parts of scenarios/schema.json that come from the simulator's catalogs, generated so the schema follows the code.</summary>
internal static class SchemaDefinitions
{
    public static IReadOnlyDictionary<string, JsonNode> Generate() => new Dictionary<string, JsonNode>
    {
        ["model"] = Enum("An adapter model, as the guide or the image file names it.",
            AdapterCatalog.All.SelectMany(m => new[] { m.Key, m.FileStem, m.Model.ToString() }).Distinct()),
        ["os-profile"] = Enum("An OS profile (or an alias).", OsProfiles.All.SelectMany(p => p.Aliases.Prepend(p.Key))),
        ["linux-initrd"] = Enum("Which initrd Linux boots (iscsi_setup.sh option 0 non-offload, 1 offload; G p.14).",
            YamlNames.All<LinuxInitrd>()),
        ["outcome"] = Enum("How the boot ended.", YamlNames.All<BootOutcome>()),
        ["os-outcome"] = Enum("How the OS hand-off ended.", YamlNames.All<OsOutcome>()),
        ["stage"] = Enum("The stage the boot failed in.", YamlNames.All<BootStage>()),
        ["rule"] = Enum("The device model's rule that refuses a change.", YamlNames.All<RuleId>()),
        ["ibft"] = Ibft(),
        ["nvram"] = Nvram(),
        ["nvram-key"] = Enum("A stable NVRAM field key ('flexfabric nvram show' lists them).", FieldCatalog.All.Select(f => f.Key)),
    };

    private static JsonObject Enum(string description, IEnumerable<string> values) => new()
    {
        ["description"] = description,
        ["enum"] = new JsonArray([.. values.Select(v => (JsonNode)JsonValue.Create(v)!)]),
    };

    private static JsonObject Ibft()
    {
        var properties = new JsonObject();
        foreach (var field in System.Enum.GetValues<IbftField>())
        {
            properties[YamlNames.Of(field)] = field switch
            {
                IbftField.PrefixLength or IbftField.Vlan or IbftField.TargetPort or IbftField.Lun or IbftField.Targets =>
                    new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
                IbftField.Origin => Enum("Where the NIC's address came from.", YamlNames.All<IbftAddressOrigin>()),
                IbftField.Chap => Enum("The target's CHAP type.", YamlNames.All<IbftChapType>()),
                _ => new JsonObject { ["type"] = "string", ["minLength"] = 1 },
            };
        }
        return new JsonObject
        {
            ["description"] = "Fields of the published iBFT: the initiator, the NIC booted through, the target booted from "
                + "('none' for an absent value).",
            ["type"] = "object",
            ["properties"] = properties,
            ["minProperties"] = 1,
            ["additionalProperties"] = false,
        };
    }

    private static JsonObject Nvram()
    {
        var properties = new JsonObject();
        foreach (var field in FieldCatalog.All.Where(f => !f.IsReadOnly))
        {
            var property = Value(field);
            property["description"] = $"{field.Label}: {field.Help}";
            properties[field.Key] = property;
        }
        return new JsonObject
        {
            ["description"] = "NVRAM values by stable key, set in order through the card's rules (the menus' labels are in each "
                + "description).",
            ["type"] = "object",
            ["properties"] = properties,
            ["additionalProperties"] = false,
        };
    }

    private static JsonNode[] ChoiceForms(FieldChoice choice) =>
        int.TryParse(choice.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? [JsonValue.Create(number), JsonValue.Create(choice.Value)]
            : [JsonValue.Create(choice.Value)];

    private static JsonObject Value(FieldDefinition field) => field.Kind switch
    {
        FieldKind.Choice => new JsonObject
        {
            // A choice like Boot Retry Count's "3" is written 3 in YAML, which is a number: accept both forms.
            ["enum"] = new JsonArray([.. field.Choices.SelectMany(ChoiceForms)]),
        },
        FieldKind.Integer => new JsonObject { ["type"] = "integer", ["minimum"] = field.Min, ["maximum"] = field.Max },
        FieldKind.SubnetMask => new JsonObject
        {
            ["oneOf"] = new JsonArray(
                new JsonObject { ["type"] = "string" },
                new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = 128 }),
        },
        FieldKind.ChapSecret => new JsonObject
        {
            ["type"] = "string",
            ["anyOf"] = new JsonArray(new JsonObject { ["maxLength"] = 0 },
                new JsonObject { ["minLength"] = field.MinLength, ["maxLength"] = field.MaxLength }),
        },
        FieldKind.MacAddress => new JsonObject { ["type"] = "string", ["pattern"] = "^[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}$" },
        FieldKind.IpAddress => new JsonObject { ["type"] = "string", ["minLength"] = 2 },
        _ => field.MaxLength is { } max
            ? new JsonObject { ["type"] = "string", ["maxLength"] = max }
            : new JsonObject { ["type"] = "string" },
    };
}
