using System.Globalization;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rules;
using FlexFabricSim.Scenarios.Format;
using FlexFabricSim.Tui.Headless;
using YamlDotNet.RepresentationModel;

namespace FlexFabricSim.Scenarios.Loading;

// The steps list: menu keys, NVRAM sets, OS changes, boots and reboots, each with its own expectations.
public static partial class ScenarioLoader
{
    private static readonly string[] Actions = ["menu", "set", "boot", "reboot", "os"];

    private static IReadOnlyList<ScenarioStep> ReadSteps(YamlNode node, LoadContext context)
    {
        if (node is not YamlSequenceNode list || list.Children.Count == 0)
        {
            throw ScenarioMap.Fail(context.File, node, "steps", $"must be a non-empty list of steps, not {ScenarioMap.Describe(node)}");
        }
        return [.. list.Children.Select((item, i) => ReadStep(item, $"steps[{i.ToString(CultureInfo.InvariantCulture)}]", context))];
    }

    private static ScenarioStep ReadStep(YamlNode node, string field, LoadContext context)
    {
        var location = new SourceLocation(context.File, (int)node.Start.Line, (int)node.Start.Column);
        if (node is YamlScalarNode { Value: "boot" or "reboot" } scalar)
        {
            return ReadBoot(scalar.Value == "reboot", null, location, field, context);
        }
        var map = node is YamlMappingNode
            ? ScenarioMap.Of(node, context.File, field)
            : throw ScenarioMap.Fail(context.File, node, field,
                $"a step is 'boot', 'reboot', or a mapping with one of {string.Join(", ", Actions)}; not {ScenarioMap.Describe(node)}");
        var actions = Actions.Where(map.Has).ToList();
        if (actions.Count != 1)
        {
            throw map.Fail(actions.Count == 0
                ? $"a step needs one of {string.Join(", ", Actions)}"
                : $"a step does one thing; this one has {string.Join(" and ", actions)} (make them separate steps)");
        }
        var note = map.OptionalString("note");
        ScenarioStep step = actions[0] switch
        {
            "menu" => ReadMenu(map, location, context),
            "set" => ReadSet(map, location, context),
            "os" => ReadOsChange(map, location, context),
            var boot => ReadBoot(boot == "reboot", map, location, field, context),
        };
        map.RefuseUnknownKeys();
        return step with { Note = note };
    }

    private static BootStep ReadBoot(bool reboot, ScenarioMap? map, SourceLocation location, string field, LoadContext context)
    {
        var action = reboot ? "reboot" : "boot";
        if (reboot && !context.HasBooted)
        {
            throw new ScenarioFormatException(context.File, location.Line, location.Column, field,
                "'reboot' restarts after an earlier boot; the first boot of a scenario is 'boot'");
        }
        TimeSpan? limit = null;
        if (map?.Find(action) is { } options && options is not YamlScalarNode { Value: null or "" })
        {
            var optionMap = ScenarioMap.Of(options, context.File, map.Child(action));
            limit = optionMap.Duration("time-limit");
            optionMap.RefuseUnknownKeys();
        }
        context.SawBoot();
        var expectations = map?.OptionalMap("expect") is { } expect ? ExpectationReader.Read(expect, context) : [];
        return new BootStep { Location = location, IsReboot = reboot, TimeLimit = limit, Expectations = expectations };
    }

    private static MenuStep ReadMenu(ScenarioMap map, SourceLocation location, LoadContext context)
    {
        var steps = new List<KeyScriptStep>();
        foreach (var (text, node) in map.Strings("menu"))
        {
            try
            {
                steps.AddRange(KeyScript.Parse(text).Steps);
            }
            catch (KeyScriptException e)
            {
                var quoted = node is YamlScalarNode { Style: not (YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any) };
                var column = (int)node.Start.Column + e.Position + (quoted ? 1 : 0);
                throw new ScenarioFormatException(context.File, (int)node.Start.Line, column, map.Child("menu"), e.Message);
            }
        }
        if (steps.Count == 0)
        {
            throw map.FailAt("menu", "has no keys");
        }
        context.SawMenu();
        var expectations = map.OptionalMap("expect") is { } expect ? ExpectationReader.Read(expect, context) : [];
        return new MenuStep { Location = location, Keys = new KeyScript(steps), Expectations = expectations };
    }

    private static NvramSetStep ReadSet(ScenarioMap map, SourceLocation location, LoadContext context)
    {
        var setMap = map.OptionalMap("set")!;
        var port = map.Int("port", context.At.Port, 0, context.Initial.Ports.Count - 1);
        var function = map.Int("function", context.At.Function, 0, context.Initial.ModelInfo.MaxFunctionsPerPort - 1);
        var at = new NvramAddress(port, function);
        var settings = new List<(NvramSetting Setting, YamlNode KeyNode, YamlNode ValueNode)>();
        foreach (var (key, keyNode, valueNode) in setMap.Entries())
        {
            settings.Add((ReadSetting(setMap, key, keyNode, valueNode), keyNode, valueNode));
        }
        if (settings.Count == 0)
        {
            throw map.FailAt("set", "has no values to set");
        }
        var expectations = map.OptionalMap("expect") is { } expect ? ExpectationReader.Read(expect, context, setStep: true) : [];
        var expectsRefusal = expectations.Any(e => e is RefusedExpectation);
        CheckSet(setMap, at, settings, expectsRefusal, context);
        return new NvramSetStep
        {
            Location = location, Settings = [.. settings.Select(s => s.Setting)], At = at, Expectations = expectations,
        };
    }

    /// <summary>
    /// Checks a set against the NVRAM the file's own overrides and sets produce. After a menu step that NVRAM is known only
    /// when the scenario runs, so only refusals that no other field can change (unknown key, range, format) fail the load then.
    /// </summary>
    private static void CheckSet(
        ScenarioMap setMap, NvramAddress at, List<(NvramSetting Setting, YamlNode KeyNode, YamlNode ValueNode)> settings,
        bool expectsRefusal, LoadContext context)
    {
        var configuration = context.Known ?? context.Initial;
        foreach (var (setting, keyNode, valueNode) in settings)
        {
            switch (configuration.TryChange(AddressFor(setting.Key, at), setting.Key, setting.Value))
            {
                case ChangeOutcome.Accepted accepted:
                    configuration = accepted.Result;
                    break;
                case ChangeOutcome.Refused { Violation: var violation }:
                    var certain = context.Known is not null || LoadContext.IsValueOnly(violation.Rule);
                    if (certain && !(expectsRefusal && violation.Rule != RuleId.UnknownKey))
                    {
                        throw ScenarioMap.Fail(context.File, violation.Rule == RuleId.UnknownKey ? keyNode : valueNode,
                            setMap.Child(setting.Key), violation.ToString());
                    }
                    // Expected to be refused (the NVRAM stays as it was), or decided by what a menu step leaves: the run checks it.
                    return;
            }
        }
        if (context.Known is not null)
        {
            context.Known = configuration;
        }
    }

    private static OsChangeStep ReadOsChange(ScenarioMap map, SourceLocation location, LoadContext context)
    {
        var osMap = map.OptionalMap("os")!;
        if (context.Os is null && !osMap.Has("profile"))
        {
            throw map.FailAt("os", "the scenario has no 'os' section, so this change needs a 'profile'");
        }
        var os = ReadOs(osMap, context.Os, out var changes);
        if (changes.Count == 0)
        {
            throw map.FailAt("os",
                "names no change (profile, vbd-driver, ois-driver, bxois-start-override, link-speed-mbps, teaming, linux-initrd)");
        }
        context.Os = os;
        var expectations = map.OptionalMap("expect") is { } expect ? ExpectationReader.Read(expect, context) : [];
        return new OsChangeStep { Location = location, Os = os, Changes = changes, Expectations = expectations };
    }
}
