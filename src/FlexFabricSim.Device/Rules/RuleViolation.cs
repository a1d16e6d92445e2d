using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Device.Rules;

/// <summary>Why a change was refused: the rule, the field, a message a trainee understands, and the guide page.</summary>
/// <param name="Rule">The rule that refused it.</param>
/// <param name="Key">The field key as given.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
/// <param name="GuidePage">The guide page the rule comes from, if any.</param>
public sealed record RuleViolation(RuleId Rule, string Key, string Message, int? GuidePage)
{
    /// <summary>Where it was refused (port/function), when an address applies.</summary>
    public NvramAddress? At { get; init; }

    /// <summary>One line: message and guide page, e.g. for stderr.</summary>
    public override string ToString() =>
        GuidePage is { } page ? $"{Message} (guide p.{page}; rule {Rule})" : $"{Message} (rule {Rule})";
}
