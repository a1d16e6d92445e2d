namespace FlexFabricSim.Net.Iscsi.Login;

/// <summary>One standard text key: its result function, RFC 7143 default and range or allowed values (RFC 7143 §13).</summary>
public sealed record IscsiKeyDefinition(string Name, IscsiKeyKind Kind, string Default)
{
    /// <summary>Smallest numeric value allowed.</summary>
    public long Min { get; init; }

    /// <summary>Largest numeric value allowed.</summary>
    public long Max { get; init; }

    /// <summary>Values a list key may take.</summary>
    public IReadOnlyList<string> Values { get; init; } = [];

    /// <summary>Whether the key belongs to security negotiation (handled by the login state machines, not the operational table).</summary>
    public bool IsSecurity { get; init; }

    /// <summary>Whether <paramref name="value"/> is a legal value of the key.</summary>
    public bool IsValid(string value) => Kind switch
    {
        IscsiKeyKind.BooleanAnd or IscsiKeyKind.BooleanOr => value is "Yes" or "No",
        IscsiKeyKind.NumberMin or IscsiKeyKind.NumberMax => IscsiKeys.TryParseNumber(value, out var n) && n >= Min && n <= Max,
        IscsiKeyKind.List => value.Split(',').All(v => Values.Count == 0 || Values.Contains(v) || v.StartsWith("X-", StringComparison.Ordinal)),
        IscsiKeyKind.Declarative when Max > 0 => IscsiKeys.TryParseNumber(value, out var d) && d >= Min && d <= Max,
        _ => value.Length > 0,
    };
}
