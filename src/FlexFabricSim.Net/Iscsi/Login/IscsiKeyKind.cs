namespace FlexFabricSim.Net.Iscsi.Login;

/// <summary>How a key's result is reached: declared, or negotiated by one of RFC 7143 §6.2's result functions.</summary>
public enum IscsiKeyKind
{
    /// <summary>Declarative: each side states its own value, nobody answers (§6.1, e.g. MaxRecvDataSegmentLength).</summary>
    Declarative,

    /// <summary>Boolean with the AND result function (§6.2.2): Yes only if both say Yes.</summary>
    BooleanAnd,

    /// <summary>Boolean with the OR result function: Yes if either says Yes.</summary>
    BooleanOr,

    /// <summary>Number with the Minimum result function.</summary>
    NumberMin,

    /// <summary>Number with the Maximum result function.</summary>
    NumberMax,

    /// <summary>List: the responder picks the first value of the originator's list it supports (§6.2.1).</summary>
    List,
}
