namespace FlexFabricSim.Scenarios.Format;

/// <summary>What a lesson's trainee must achieve, checked point by point against the final NVRAM and the boot.</summary>
/// <param name="Text">The objective as shown to the trainee.</param>
/// <param name="Points">The scored points, in the order shown.</param>
public sealed record Objective(string Text, IReadOnlyList<ObjectivePoint> Points);

/// <summary>One scored point of an objective: the check, a hint for when it is missed, and where the guide explains it.</summary>
/// <param name="Check">What must hold.</param>
/// <param name="Hint">What to do when it does not, in a trainee's words.</param>
/// <param name="Guide">The guide pages to read.</param>
public sealed record ObjectivePoint(Expectation Check, string Hint, GuideCitation Guide);
