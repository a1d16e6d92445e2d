using System.Globalization;
using FlexFabricSim.Scenarios.Format;
using FlexFabricSim.Scenarios.Running;

namespace FlexFabricSim.Scenarios.Lessons;

/// <summary>A lesson's score: each point of the objective met or missed, with what was found and where to read.</summary>
/// <param name="Objective">The objective scored.</param>
/// <param name="Points">Each point with its result, in the objective's order.</param>
public sealed record LessonScore(Objective Objective, IReadOnlyList<PointResult> Points)
{
    /// <summary>How many points were met.</summary>
    public int Met => Points.Count(p => p.Result.Passed);

    /// <summary>How many points there are.</summary>
    public int Total => Points.Count;

    /// <summary>Whether every point was met.</summary>
    public bool IsFullMarks => Met == Total;

    /// <summary>The points missed, in order.</summary>
    public IEnumerable<PointResult> Missed => Points.Where(p => !p.Result.Passed);

    /// <summary>The score as a trainee reads it: a headline, then each missed point with its hint and the guide page.</summary>
    public string Report()
    {
        var lines = new List<string>
        {
            $"Score: {Met.ToString(CultureInfo.InvariantCulture)}/{Total.ToString(CultureInfo.InvariantCulture)}"
                + (IsFullMarks ? " - objective met." : " - not yet."),
        };
        foreach (var point in Points)
        {
            lines.Add($"  [{(point.Result.Passed ? "x" : " ")}] {point.Result.Expected}");
            if (!point.Result.Passed)
            {
                lines.Add($"      found: {point.Result.Actual}");
                lines.Add($"      hint:  {point.Point.Hint}");
                lines.Add($"      read:  {GuideText(point.Point.Guide)}");
            }
        }
        return string.Join('\n', lines) + "\n";
    }

    private static string GuideText(GuideCitation guide)
    {
        var section = Guide.GuideEntries.SectionFor(guide.FirstPage);
        var entry = guide.Entry is { } id && Guide.GuideEntries.Find(id) is { } e ? $"{e.Id} {e.Title}, " : "";
        return $"guide {guide} ({entry}{section.Title})";
    }
}

/// <summary>One objective point and whether the trainee's result met it.</summary>
/// <param name="Point">The point.</param>
/// <param name="Result">The check's result.</param>
public sealed record PointResult(ObjectivePoint Point, ExpectationResult Result);
