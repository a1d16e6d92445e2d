using FlexFabricSim.Scenarios.Format;

namespace FlexFabricSim.Scenarios.Running;

/// <summary>One expectation checked: whether it held, and what was found instead when it did not.</summary>
/// <param name="Expectation">What was expected.</param>
/// <param name="Passed">Whether it held.</param>
/// <param name="Actual">What the run showed, in words (for a failure: what differed).</param>
public sealed record ExpectationResult(Expectation Expectation, bool Passed, string Actual)
{
    /// <summary>What was expected, in words.</summary>
    public string Expected => Expectation.Describe();

    /// <summary>One line: <c>expected outcome failed, got os-running</c>.</summary>
    public override string ToString() => Passed ? $"ok: {Expected}" : $"expected {Expected}; got {Actual}";
}
