using FlexFabricSim.Scenarios.Format;
using FlexFabricSim.Scenarios.Running;

namespace FlexFabricSim.Scenarios.Lessons;

/// <summary>Scores a lesson's objective against what the trainee left: the NVRAM, the boot, the last screen.</summary>
public static class LessonScorer
{
    /// <summary>Checks every point of <paramref name="objective"/> against <paramref name="state"/>.</summary>
    public static LessonScore Score(Objective objective, RunState state)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(state);
        return new LessonScore(objective,
            [.. objective.Points.Select(p => new PointResult(p, ExpectationEvaluator.Evaluate(p.Check, state)))]);
    }
}
