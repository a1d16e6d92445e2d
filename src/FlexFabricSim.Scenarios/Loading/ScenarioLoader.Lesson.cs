using System.Globalization;
using FlexFabricSim.Scenarios.Format;
using FlexFabricSim.Tui.Headless;
using YamlDotNet.RepresentationModel;

namespace FlexFabricSim.Scenarios.Loading;

// A lesson: the objective's scored points, and the worked solution that reaches them.
public static partial class ScenarioLoader
{
    private static (Objective Objective, KeyScript Solution) ReadLesson(ScenarioMap root, LoadContext context)
    {
        foreach (var key in new[] { "steps", "expect" })
        {
            if (root.Has(key))
            {
                throw root.FailAt(key, "a lesson has no scripted steps or expectations: the trainee works in the menus, then the card "
                    + "boots, and the objective's points are scored (use 'solution' for the keys that reach them)");
            }
        }
        // The trainee's work is a menu session followed by a boot, so points may look at both.
        context.SawMenu();
        context.SawBoot();
        var objectiveMap = root.OptionalMap("objective")!;
        var text = objectiveMap.RequiredString("text");
        var pointsNode = objectiveMap.Find("points");
        if (pointsNode is not YamlSequenceNode { Children.Count: > 0 } points)
        {
            throw objectiveMap.FailAt("points", "needs a non-empty list of points, each one expectation with a hint and a guide page");
        }
        var read = points.Children
            .Select((node, i) => ReadPoint(node, $"{objectiveMap.Child("points")}[{i.ToString(CultureInfo.InvariantCulture)}]", context))
            .ToList();
        objectiveMap.RefuseUnknownKeys();

        var solution = root.Find("solution") is { } solutionNode
            ? ReadSolution(root, solutionNode)
            : throw root.FailAt("solution", "a lesson needs a solution: the keys that reach the objective (scenario run checks them)");
        return (new Objective(text, read), solution);
    }

    private static ObjectivePoint ReadPoint(YamlNode node, string field, LoadContext context)
    {
        var map = ScenarioMap.Of(node, context.File, field);
        // In a point, 'guide' is the page to read, so the 'guide' expectation is not available there.
        var keys = ExpectationReader.Keys.Where(k => k != "guide").ToList();
        var checks = map.Entries().Where(e => keys.Contains(e.Key)).ToList();
        if (checks.Count != 1)
        {
            throw map.Fail($"a point checks exactly one thing (one of {string.Join(", ", keys)}), plus hint and guide");
        }
        var (key, keyNode, value) = checks[0];
        map.Find(key);
        var check = ExpectationReader.ReadOne(map, key, keyNode, value, context, setStep: false);
        var hint = map.RequiredString("hint");
        var guideText = map.RequiredString("guide");
        if (!GuideCitation.TryParse(guideText, out var guide))
        {
            throw map.FailAt("guide", $"'{guideText}' is not a guide citation: {GuideCitation.Syntax}");
        }
        map.RefuseUnknownKeys();
        return new ObjectivePoint(check, hint, guide);
    }

    private static KeyScript ReadSolution(ScenarioMap root, YamlNode node)
    {
        var steps = new List<KeyScriptStep>();
        foreach (var (text, item) in root.Strings(node, "solution"))
        {
            try
            {
                steps.AddRange(KeyScript.Parse(text).Steps);
            }
            catch (KeyScriptException e)
            {
                var column = (int)item.Start.Column + e.Position;
                throw new ScenarioFormatException(root.File, (int)item.Start.Line, column, "solution", e.Message);
            }
        }
        return new KeyScript(steps);
    }
}
