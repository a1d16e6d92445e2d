using System.Collections;
using System.Collections.Immutable;

namespace FlexFabricSim.Device.Nvram;

/// <summary>
/// The stored values of one level (adapter, port or function): field key to canonical string, ordered by key (ordinal)
/// so that enumeration, equality and serialisation are deterministic.
/// </summary>
public sealed class FieldValues : IReadOnlyCollection<KeyValuePair<string, string>>, IEquatable<FieldValues>
{
    private readonly ImmutableSortedDictionary<string, string> _values;

    private FieldValues(ImmutableSortedDictionary<string, string> values) => _values = values;

    /// <summary>No values.</summary>
    public static FieldValues Empty { get; } = new(ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));

    /// <summary>The values in <paramref name="pairs"/>; a key given twice keeps its last value.</summary>
    public static FieldValues From(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            builder[key] = value;
        }
        return new FieldValues(builder.ToImmutable());
    }

    /// <summary>The value stored for <paramref name="key"/>.</summary>
    /// <exception cref="KeyNotFoundException">Nothing is stored for the key at this level.</exception>
    public string this[string key] => _values[key];

    /// <inheritdoc/>
    public int Count => _values.Count;

    /// <summary>The keys, ordinal order.</summary>
    public IEnumerable<string> Keys => _values.Keys;

    /// <summary>Whether a value is stored for <paramref name="key"/>.</summary>
    public bool Contains(string key) => _values.ContainsKey(key);

    /// <summary>Tries to get the value stored for <paramref name="key"/>.</summary>
    public bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);

    /// <summary>A copy with <paramref name="key"/> set to <paramref name="value"/>.</summary>
    public FieldValues With(string key, string value) => new(_values.SetItem(key, value));

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(FieldValues? other)
    {
        if (other is null || other._values.Count != _values.Count)
        {
            return false;
        }
        // Both are sorted by the same comparer, so pairwise comparison in order is enough.
        return _values.SequenceEqual(other._values);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FieldValues);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var (key, value) in _values)
        {
            hash.Add(key, StringComparer.Ordinal);
            hash.Add(value, StringComparer.Ordinal);
        }
        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => "{" + string.Join(", ", _values.Select(p => $"{p.Key}={p.Value}")) + "}";
}
