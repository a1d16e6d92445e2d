using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Device.Rules;

namespace FlexFabricSim.Scenarios.Format;

/// <summary><c>screen:</c> text the menus showed when the last <c>menu</c> step ended, or (<c>no-screen:</c>) did not show.</summary>
public sealed record ScreenExpectation(IReadOnlyList<string> Texts, bool Present) : Expectation
{
    /// <inheritdoc />
    public override string Key => Present ? "screen" : "no-screen";

    /// <inheritdoc />
    public override bool NeedsBoot => false;

    /// <inheritdoc />
    public override string Describe() => $"screen {(Present ? "shows" : "does not show")} {ConsoleExpectation.Quote(Texts)}";
}

/// <summary><c>nvram:</c> values the NVRAM holds (canonical form, as <c>nvram show</c> prints them).</summary>
public sealed record NvramExpectation(IReadOnlyList<NvramSetting> Values, NvramAddress At) : Expectation
{
    /// <inheritdoc />
    public override string Key => "nvram";

    /// <inheritdoc />
    public override bool NeedsBoot => false;

    /// <inheritdoc />
    public override string Describe() => $"NVRAM at {At}: {string.Join(", ", Values)}";
}

/// <summary><c>refused:</c> the step's <c>set</c> is refused by this rule, and the NVRAM stays as it was.</summary>
public sealed record RefusedExpectation(RuleId Rule) : Expectation
{
    /// <inheritdoc />
    public override string Key => "refused";

    /// <inheritdoc />
    public override bool NeedsBoot => false;

    /// <inheritdoc />
    public override string Describe() => $"refused by rule {YamlNames.Of(Rule)}";
}

/// <summary><c>advisories:</c> fields the training advisor warns about in the NVRAM (or, <c>no-advisories:</c>, does not).</summary>
public sealed record AdvisoryExpectation(IReadOnlyList<string> Keys, bool Present) : Expectation
{
    /// <inheritdoc />
    public override string Key => Present ? "advisories" : "no-advisories";

    /// <inheritdoc />
    public override bool NeedsBoot => false;

    /// <inheritdoc />
    public override string Describe() => $"training advisor {(Present ? "warns" : "does not warn")} about {string.Join(", ", Keys)}";
}
