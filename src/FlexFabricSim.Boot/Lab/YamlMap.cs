using System.Globalization;
using System.Net;
using YamlDotNet.RepresentationModel;

namespace FlexFabricSim.Boot.Lab;

/// <summary>
/// A YAML mapping read key by key with line numbers in every error, refusing keys nobody asked for (a typo in a lab file
/// must not silently fall back to a default).
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly string _source;
    private readonly string _path;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlMap(YamlNode node, string source, string path)
    {
        _source = source;
        _path = path;
        _node = node as YamlMappingNode ?? throw Fail(node, $"{Describe(path)} must be a mapping of keys to values");
    }

    public int Line => (int)_node.Start.Line;

    public LabFormatException Fail(YamlNode node, string message) => new(_source, (int)node.Start.Line, message);

    public LabFormatException Fail(string message) => new(_source, Line, message);

    /// <summary>An error about <paramref name="key"/>'s value, at its line (the mapping's line when the key is absent).</summary>
    public LabFormatException FailAt(string key, string message) => Find(key) is { } node ? Fail(node, message) : Fail(message);

    public bool Has(string key) => Find(key) is not null;

    public string? OptionalString(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            return null;
        }
        if (node is not YamlScalarNode scalar)
        {
            throw Fail(node, $"{Describe(key)} must be a single value");
        }
        // A plain null (~, null) means "none", as in YAML itself: vendor-class: null sends the options to every client.
        if (scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL")
        {
            return null;
        }
        return scalar.Value ?? string.Empty;
    }

    public string RequiredString(string key) =>
        OptionalString(key) is { Length: > 0 } value ? value : throw Fail($"{Describe(key)} is required");

    public int Int(string key, int defaultValue, int min, int max)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return defaultValue;
        }
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw Fail(Find(key)!, $"{Describe(key)} must be a whole number from {min} to {max}, not '{text}'");
        }
        return value;
    }

    public int? OptionalInt(string key, int min, int max) => Has(key) ? Int(key, 0, min, max) : null;

    public double Probability(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return 0;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value is < 0 or > 1 || double.IsNaN(value))
        {
            throw Fail(Find(key)!, $"{Describe(key)} must be a probability from 0 to 1, not '{text}'");
        }
        return value;
    }

    public bool Bool(string key, bool defaultValue)
    {
        var text = OptionalString(key);
        return text switch
        {
            null => defaultValue,
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            _ => throw Fail(Find(key)!, $"{Describe(key)} must be true or false, not '{text}'"),
        };
    }

    public T Choice<T>(string key, T defaultValue, IReadOnlyDictionary<string, T> choices)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return defaultValue;
        }
        return choices.TryGetValue(text.ToLowerInvariant(), out var value)
            ? value
            : throw Fail(Find(key)!, $"{Describe(key)} must be one of {string.Join(", ", choices.Keys)}, not '{text}'");
    }

    public IPAddress Address(string key) => ParseAddress(key, RequiredString(key));

    public IPAddress? OptionalAddress(string key) => OptionalString(key) is { } text ? ParseAddress(key, text) : null;

    public (IPAddress First, IPAddress Last) AddressRange(string key)
    {
        var text = RequiredString(key);
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            throw Fail(Find(key)!, $"{Describe(key)} must be a range FIRST-LAST, not '{text}'");
        }
        var first = ParseAddress(key, text[..dash].Trim());
        var last = ParseAddress(key, text[(dash + 1)..].Trim());
        if (first.AddressFamily != last.AddressFamily || Compare(first, last) > 0)
        {
            throw Fail(Find(key)!, $"{Describe(key)}: '{text}' is not a range of one address family from low to high");
        }
        return (first, last);
    }

    public (IPAddress Prefix, int Length) Prefix(string key)
    {
        var text = RequiredString(key);
        if (!IPNetwork.TryParse(text, out var network))
        {
            throw Fail(Find(key)!, $"{Describe(key)} must be a prefix like 2001:db8::/64, not '{text}'");
        }
        return (network.BaseAddress, network.PrefixLength);
    }

    public IPEndPoint? OptionalEndPoint(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }
        if (!IPEndPoint.TryParse(text, out var endPoint) || endPoint.Port == 0)
        {
            throw Fail(Find(key)!, $"{Describe(key)} must be ADDRESS:PORT (IPv6 in brackets), not '{text}'");
        }
        return endPoint;
    }

    public TimeSpan Duration(string key, TimeSpan defaultValue)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return defaultValue;
        }
        return LabUnits.TryParseDuration(text, out var value)
            ? value
            : throw Fail(Find(key)!, $"{Describe(key)} must be a duration like 500ms, 30s, 2m or 1h, not '{text}'");
    }

    public long Size(string key, long defaultValue)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return defaultValue;
        }
        return LabUnits.TryParseSize(text, out var value) && value > 0 && value % 512 == 0
            ? value
            : throw Fail(Find(key)!, $"{Describe(key)} must be a size in whole 512-byte sectors like 64MiB or 1GiB, not '{text}'");
    }

    public IReadOnlyList<string> Strings(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            return [];
        }
        if (node is not YamlSequenceNode seq)
        {
            throw Fail(node, $"{Describe(key)} must be a list");
        }
        return [.. seq.Children.Select(c => c is YamlScalarNode { Value: { } v } ? v : throw Fail(c, $"items of {Describe(key)} must be single values"))];
    }

    public IReadOnlyList<IPAddress> Addresses(string key) => [.. Strings(key).Select(s => ParseAddress(key, s))];

    public IReadOnlyList<int> Ints(string key, int min, int max) =>
    [
        .. Strings(key).Select(s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max
            ? v
            : throw Fail(Find(key)!, $"items of {Describe(key)} must be whole numbers from {min} to {max}, not '{s}'")),
    ];

    public YamlMap? OptionalMap(string key) => Find(key) is { } node ? new YamlMap(node, _source, Child(key)) : null;

    public IReadOnlyList<YamlMap> Maps(string key)
    {
        var node = Find(key);
        if (node is null)
        {
            return [];
        }
        if (node is not YamlSequenceNode seq)
        {
            throw Fail(node, $"{Describe(key)} must be a list");
        }
        return [.. seq.Children.Select((c, i) => new YamlMap(c, _source, $"{Child(key)}[{i}]"))];
    }

    /// <summary>Throws for the first key that no reader asked about.</summary>
    public void RefuseUnknownKeys()
    {
        foreach (var (keyNode, _) in _node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (!_read.Contains(key))
            {
                var known = string.Join(", ", _read.Order(StringComparer.Ordinal));
                throw Fail(keyNode, $"unknown key '{key}' in {Describe(null)}" + (known.Length > 0 ? $" (known here: {known})" : ""));
            }
        }
    }

    private YamlNode? Find(string key)
    {
        _read.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    private IPAddress ParseAddress(string key, string text) =>
        IPAddress.TryParse(text, out var address) && !text.Contains('%', StringComparison.Ordinal)
            ? address
            : throw Fail(Find(key)!, $"{Describe(key)}: '{text}' is not an IPv4 or IPv6 address");

    private static int Compare(IPAddress a, IPAddress b) => a.GetAddressBytes().AsSpan().SequenceCompareTo(b.GetAddressBytes());

    private string Child(string key) => _path.Length == 0 ? key : $"{_path}.{key}";

    private string Describe(string? key) => key is null ? (_path.Length == 0 ? "the lab" : $"'{_path}'") : $"'{Child(key)}'";
}
