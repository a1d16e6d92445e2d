namespace FlexFabricSim.Net.Iscsi;

/// <summary>One <c>key=value</c> pair of login or text data (RFC 7143 §6.1).</summary>
public readonly record struct IscsiTextParameter(string Key, string Value)
{
    /// <summary>The value a responder sends for a key it does not know (§6.2).</summary>
    public const string NotUnderstood = "NotUnderstood";

    /// <summary>The value a responder sends for an offer it refuses (§6.2).</summary>
    public const string Reject = "Reject";

    /// <summary>The value a responder sends for a key that does not matter given other results (§6.2).</summary>
    public const string Irrelevant = "Irrelevant";

    /// <summary>"key=value".</summary>
    public override string ToString() => $"{Key}={Value}";
}
