namespace FlexFabricSim.Device.Nvram;

/// <summary>The one table joining an enum to its stable value keys and the card's labels.</summary>
/// <typeparam name="T">The setting's enum.</typeparam>
public sealed class ChoiceMap<T>
    where T : struct, Enum
{
    private readonly (T Member, FieldChoice Choice)[] _entries;

    /// <summary>Builds the table; order is the card's menu order, and every enum member must appear once.</summary>
    public ChoiceMap(params (T Member, string Value, string Label)[] entries)
    {
        _entries = entries.Select(e => (e.Member, new FieldChoice(e.Value, e.Label))).ToArray();
        if (_entries.Select(e => e.Member).Distinct().Count() != Enum.GetValues<T>().Length
            || _entries.Length != Enum.GetValues<T>().Length)
        {
            throw new ArgumentException($"Every member of {typeof(T).Name} needs exactly one entry.", nameof(entries));
        }
        Choices = _entries.Select(e => e.Choice).ToArray();
    }

    /// <summary>The choices in menu order.</summary>
    public IReadOnlyList<FieldChoice> Choices { get; }

    /// <summary>The stable key of <paramref name="member"/>.</summary>
    public string ToValue(T member) => _entries.First(e => EqualityComparer<T>.Default.Equals(e.Member, member)).Choice.Value;

    /// <summary>The card's label of <paramref name="member"/>.</summary>
    public string ToLabel(T member) => _entries.First(e => EqualityComparer<T>.Default.Equals(e.Member, member)).Choice.Label;

    /// <summary>The member whose stable key is <paramref name="value"/> (exact, as stored).</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not one of the keys.</exception>
    public T Parse(string value)
    {
        foreach (var (member, choice) in _entries)
        {
            if (choice.Value == value)
            {
                return member;
            }
        }
        throw new ArgumentException($"'{value}' is not a {typeof(T).Name} value.", nameof(value));
    }
}
