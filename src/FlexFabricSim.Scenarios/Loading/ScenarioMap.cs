using System.Globalization;
using FlexFabricSim.Scenarios.Format;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FlexFabricSim.Scenarios.Loading;

/// <summary>
/// A YAML mapping of a scenario file, read key by key. Every error is a <see cref="ScenarioFormatException"/> at the
/// offending node with the field's dotted path; keys nobody asked for are refused (a typo must never fall back to a default).
/// </summary>
internal sealed class ScenarioMap
{
    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private ScenarioMap(YamlMappingNode node, string file, string path)
    {
        _node = node;
        File = file;
        Path = path;
    }

    /// <summary>The file, as named in errors.</summary>
    public string File { get; }

    /// <summary>This mapping's dotted path (empty for the document).</summary>
    public string Path { get; }

    /// <summary>The mapping node itself.</summary>
    public YamlMappingNode Node => _node;

    /// <summary>Reads <paramref name="node"/> as a mapping, or fails naming <paramref name="path"/>.</summary>
    public static ScenarioMap Of(YamlNode node, string file, string path) =>
        node is YamlMappingNode mapping
            ? new ScenarioMap(mapping, file, path)
            : throw Fail(file, node, path, $"must be a mapping of keys to values, not {Describe(node)}");

    /// <summary>Where <paramref name="node"/> starts.</summary>
    public SourceLocation LocationOf(YamlNode node) => new(File, (int)node.Start.Line, (int)node.Start.Column);

    /// <summary>An error at <paramref name="node"/> about <paramref name="field"/>.</summary>
    public static ScenarioFormatException Fail(string file, YamlNode node, string field, string message) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column, field, message);

    /// <summary>An error about <paramref name="key"/>'s value (or this mapping when the key is absent).</summary>
    public ScenarioFormatException FailAt(string key, string message) =>
        Fail(File, Find(key) ?? _node, Child(key), message);

    /// <summary>An error about this mapping as a whole.</summary>
    public ScenarioFormatException Fail(string message) => Fail(File, _node, Path.Length == 0 ? "(document)" : Path, message);

    /// <summary>The dotted path of <paramref name="key"/> in this mapping.</summary>
    public string Child(string key) => Path.Length == 0 ? key : $"{Path}.{key}";

    /// <summary>Whether <paramref name="key"/> is present (and marks it as known).</summary>
    public bool Has(string key) => Find(key) is not null;

    /// <summary>The node under <paramref name="key"/>, or null; marks the key as known.</summary>
    public YamlNode? Find(string key)
    {
        _read.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    /// <summary>The entries in file order, keys as text; a key that is not plain text fails.</summary>
    public IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries()
    {
        foreach (var (keyNode, value) in _node.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                throw Fail(File, keyNode, Path, "keys must be plain text");
            }
            yield return (key, keyNode, value);
        }
    }

    /// <summary>The single value under <paramref name="key"/>, or null when absent.</summary>
    public string? OptionalString(string key) => Find(key) is { } node ? Scalar(node, Child(key)) : null;

    /// <summary>The non-empty single value under <paramref name="key"/>.</summary>
    public string RequiredString(string key) =>
        OptionalString(key) is { Length: > 0 } text ? text : throw FailAt(key, Has(key) ? "must not be empty" : "is required");

    /// <summary>A whole number under <paramref name="key"/> within <paramref name="min"/>..<paramref name="max"/>.</summary>
    public int Int(string key, int defaultValue, int min, int max)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return defaultValue;
        }
        var parsed = int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value);
        return parsed && value >= min && value <= max
            ? value
            : throw FailAt(key, $"must be a whole number from {min} to {max}, not '{text}'");
    }

    /// <summary><c>true</c> or <c>false</c> under <paramref name="key"/>.</summary>
    public bool Bool(string key, bool defaultValue) => OptionalString(key) switch
    {
        null => defaultValue,
        "true" => true,
        "false" => false,
        var text => throw FailAt(key, $"must be true or false, not '{text}'"),
    };

    /// <summary>An enum value written in the file's style (<c>stop-error</c>).</summary>
    public T Enum<T>(string key) where T : struct, Enum
    {
        var text = RequiredString(key);
        return YamlNames.TryParse<T>(text, out var value)
            ? value.Value
            : throw FailAt(key, $"must be one of {string.Join(", ", YamlNames.All<T>())}, not '{text}'");
    }

    /// <summary>A duration with a unit (<c>30s</c>, <c>10m</c>) under <paramref name="key"/>, or null.</summary>
    public TimeSpan? Duration(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }
        return Boot.Lab.LabUnits.TryParseDuration(text, out var value)
            ? value
            : throw FailAt(key, $"must be a duration like 500ms, 30s, 2m or 1h, not '{text}'");
    }

    /// <summary>One value or a list of values under <paramref name="key"/>, each with its node.</summary>
    public IReadOnlyList<(string Text, YamlNode Node)> Strings(string key)
    {
        var node = Find(key);
        return node is null ? [] : Strings(node, Child(key));
    }

    /// <summary>One value or a list of values in <paramref name="node"/>, each with its node.</summary>
    public IReadOnlyList<(string Text, YamlNode Node)> Strings(YamlNode node, string field) => node switch
    {
        YamlSequenceNode list when list.Children.Count == 0 => throw Fail(File, node, field, "must not be an empty list"),
        YamlSequenceNode list => [.. list.Children.Select((item, i) => (Scalar(item, $"{field}[{i}]"), item))],
        _ => [(Scalar(node, field), node)],
    };

    /// <summary>The mapping under <paramref name="key"/>, or null when absent.</summary>
    public ScenarioMap? OptionalMap(string key) => Find(key) is { } node ? Of(node, File, Child(key)) : null;

    /// <summary>A single value (not a list or mapping) of <paramref name="node"/>.</summary>
    public string Scalar(YamlNode node, string field) =>
        node is YamlScalarNode scalar
            ? scalar.Value ?? string.Empty
            : throw Fail(File, node, field, $"must be a single value, not {Describe(node)}");

    /// <summary>Declares <paramref name="known"/> and refuses any other key now, before a missing-key check could hide a typo.</summary>
    public void AllowOnly(params string[] known)
    {
        foreach (var key in known)
        {
            _read.Add(key);
        }
        RefuseUnknownKeys();
    }

    /// <summary>Throws for the first key no reader asked for, suggesting a close known key.</summary>
    public void RefuseUnknownKeys()
    {
        foreach (var (key, keyNode, _) in Entries())
        {
            if (_read.Contains(key))
            {
                continue;
            }
            var close = _read.Where(k => EditDistance(k, key) <= 2).Order(StringComparer.Ordinal).FirstOrDefault();
            var hint = close is not null
                ? $"; did you mean '{close}'?"
                : $" (known here: {string.Join(", ", _read.Order(StringComparer.Ordinal))})";
            throw Fail(File, keyNode, Child(key), $"unknown key '{key}'{hint}");
        }
    }

    /// <summary>Whether <paramref name="node"/> is a plain (unquoted) scalar, i.e. YAML may have typed it as a number or boolean.</summary>
    public static bool IsPlain(YamlNode node) => node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any };

    /// <summary>How a node looks, for "must be X, not Y" messages.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode { Value: null or "" } => "an empty value",
        YamlScalarNode s => $"'{s.Value}'",
        _ => "an alias",
    };

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
