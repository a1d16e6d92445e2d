using FlexFabricSim.Boot.Lab;
using FlexFabricSim.Scenarios.Format;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FlexFabricSim.Scenarios.Loading;

/// <summary>
/// Reads scenario and lesson files (YAML) into <see cref="ScenarioFile"/> records, checking everything that can be
/// checked before running: keys, types, NVRAM keys and values (through the device model's rules), key scripts, the lab,
/// the OS profile, and that each expectation has something to look at. Every problem is a
/// <see cref="ScenarioFormatException"/> with file, line, column and field.
/// </summary>
public static partial class ScenarioLoader
{
    /// <summary>The file extensions scenario files use.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".yaml", ".yml"];

    /// <summary>Reads the scenario file at <paramref name="path"/>; relative image paths resolve from its folder.</summary>
    public static ScenarioFile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new ScenarioFormatException(path, 0, 0, "", $"cannot read the file: {e.Message}");
        }
        return Parse(text, path, Path.GetDirectoryName(Path.GetFullPath(path)));
    }

    /// <summary>Reads scenario YAML; <paramref name="file"/> names it in errors and gives its name.</summary>
    /// <param name="yaml">The file's text.</param>
    /// <param name="file">The file's name as the user gave it.</param>
    /// <param name="baseDirectory">Where relative image paths resolve; the current directory when null.</param>
    public static ScenarioFile Parse(string yaml, string file, string? baseDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(file);
        var root = ReadDocument(yaml, file);
        root.AllowOnly("title", "guide", "description", "adapter", "lab", "os", "steps", "expect", "objective", "solution");
        var context = new LoadContext(file, yaml, baseDirectory ?? Directory.GetCurrentDirectory());
        var name = Path.GetFileNameWithoutExtension(file);
        var title = root.RequiredString("title");
        var guideText = root.RequiredString("guide");
        if (!GuideCitation.TryParse(guideText, out var guide))
        {
            throw root.FailAt("guide", $"'{guideText}' is not a guide citation: {GuideCitation.Syntax}");
        }
        var description = root.OptionalString("description");

        var adapterMap = root.OptionalMap("adapter") ?? throw root.FailAt("adapter", "is required (model or image, port, nvram)");
        var adapter = ReadAdapter(adapterMap, context);
        context.Start(adapter);
        var lab = root.Find("lab") is { } labNode ? ReadLab(labNode, context) : new LabDefinition { Name = name };
        var os = root.OptionalMap("os") is { } osMap ? ReadOs(osMap, null, out _) : null;
        context.Os = os;

        var scenario = new ScenarioFile
        {
            Path = file, Name = name, Title = title, Guide = guide, Description = description, Adapter = adapter, Lab = lab, Os = os,
            Steps = [],
        };
        if (root.Has("objective"))
        {
            var (objective, solution) = ReadLesson(root, context);
            scenario = scenario with { Objective = objective, Solution = solution };
        }
        else
        {
            if (root.Has("solution"))
            {
                throw root.FailAt("solution", "only a lesson (a file with an objective) has a solution");
            }
            var steps = root.Find("steps") is { } stepsNode ? ReadSteps(stepsNode, context) : DefaultSteps(root, context);
            var expectations = root.OptionalMap("expect") is { } expect ? ExpectationReader.Read(expect, context) : [];
            scenario = scenario with { Steps = steps, Expectations = expectations };
        }
        return scenario;
    }

    private static ScenarioMap ReadDocument(string yaml, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new ScenarioFormatException(file, (int)e.Start.Line, (int)e.Start.Column, "yaml", $"not valid YAML: {Reason(e)}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way on some broken flow collections (e.g. '[' never closed); say where it stopped.
            var stop = LastReadableToken(yaml);
            throw new ScenarioFormatException(file, (int)stop.Line, (int)stop.Column, "yaml",
                "not valid YAML: the text after this point cannot be read (an unclosed '[' or '{'?)");
        }
        if (stream.Documents.Count != 1)
        {
            throw new ScenarioFormatException(file, 1, 1, "yaml", "a scenario file holds exactly one YAML document");
        }
        return ScenarioMap.Of(stream.Documents[0].RootNode, file, "");
    }

    /// <summary>Where the last token the scanner could read starts.</summary>
    private static Mark LastReadableToken(string yaml)
    {
        var scanner = new Scanner(new StringReader(yaml));
        var last = Mark.Empty;
        try
        {
            while (scanner.MoveNext())
            {
                last = scanner.Current!.Start;
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // The point of the exercise: stop at the first token that cannot be read.
        }
        return last;
    }

    /// <summary>The parser's own words without its location prefix (ours is in front already).</summary>
    private static string Reason(YamlException e)
    {
        var message = e.InnerException is YamlException inner && inner.Message.Length > 0 ? inner.Message : e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }

    /// <summary>A file without <c>steps</c> boots once, so simple scenarios need no step list.</summary>
    private static IReadOnlyList<ScenarioStep> DefaultSteps(ScenarioMap root, LoadContext context)
    {
        var step = new BootStep { Location = root.LocationOf(root.Node) };
        context.SawBoot();
        return [step];
    }
}
