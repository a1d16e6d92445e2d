using System.Globalization;
using System.Text;
using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Boot.Events;
using FlexFabricSim.Scenarios.Format;
using FlexFabricSim.Scenarios.Guide;
using FlexFabricSim.Scenarios.Running;

namespace FlexFabricSim.Scenarios.Explaining;

/// <summary>
/// Tells what a scenario run did, step by step, in words: the starting adapter and lab, each step and what came of it
/// (the boot's key events and console), each expectation, and what the guide says about the situation and what to do.
/// </summary>
public static class ScenarioExplainer
{
    /// <summary>How many of a boot's last console lines the explanation quotes.</summary>
    public const int ConsoleLinesShown = 6;

    /// <summary>The explanation of <paramref name="run"/> as text.</summary>
    public static string Explain(ScenarioRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var scenario = run.Scenario;
        var text = new StringBuilder();
        text.AppendLine($"{scenario.Name}: {scenario.Title}");
        text.AppendLine($"Guide: {scenario.Guide} - {GuideHeading(scenario.Guide)}");
        if (scenario.Description is { } description)
        {
            text.AppendLine();
            foreach (var line in Wrap(description, 100))
            {
                text.AppendLine(line);
            }
        }

        text.AppendLine();
        text.AppendLine("Set-up");
        var adapter = scenario.Adapter;
        text.AppendLine($"  adapter: {adapter.Configuration.ModelInfo.DisplayName}, {adapter.Source}, boots from {adapter.At}");
        foreach (var setting in adapter.Overrides)
        {
            text.AppendLine($"    {setting.Key} = {setting.Value}");
        }
        foreach (var line in LabSummary.Describe(scenario.Lab))
        {
            text.AppendLine($"  lab: {line}");
        }
        text.AppendLine(scenario.Os is { } os
            ? $"  OS: {os.Profile}" + (os.Inputs == Boot.Os.OsInputs.Prepared ? " (prepared as the guide says)" : $" ({DescribeOs(os)})")
            : "  OS: none (each boot ends at the option ROM's hand-off)");
        if (scenario.Objective is { } objective)
        {
            text.AppendLine($"  objective: {objective.Text}");
        }

        text.AppendLine();
        text.AppendLine("Steps");
        foreach (var step in run.Steps)
        {
            AppendStep(text, step);
        }
        if (run.Final.Count > 0)
        {
            text.AppendLine("At the end");
            AppendExpectations(text, run.Final);
        }
        if (run.Score is { } score)
        {
            text.AppendLine();
            text.Append(score.Report());
        }

        text.AppendLine();
        var checks = run.AllExpectations.ToList();
        text.AppendLine($"Result: {(run.Passed ? "PASS" : "FAIL")} ({checks.Count(c => c.Passed).ToString(CultureInfo.InvariantCulture)}/"
            + $"{checks.Count.ToString(CultureInfo.InvariantCulture)} expectations held)");
        text.AppendLine();
        AppendGuide(text, scenario.Guide, run.Boots);
        return text.ToString();
    }

    private static void AppendStep(StringBuilder text, StepRun run)
    {
        text.AppendLine($"{run.Number.ToString(CultureInfo.InvariantCulture)}. {run.Step.Describe()}");
        if (run.Step.Note is { } note)
        {
            text.AppendLine($"   why: {note}");
        }
        text.AppendLine($"   -> {run.Summary}");
        if (run is BootStepRun { Result: { } boot })
        {
            AppendBoot(text, boot);
        }
        if (run.Problem is { } problem)
        {
            text.AppendLine($"   [FAIL] {problem}");
        }
        AppendExpectations(text, run.Expectations);
    }

    private static void AppendBoot(StringBuilder text, BootResult boot)
    {
        var events = boot.Events.Where(e => e.Kind == BootEventKind.Step && e.Id is not null).ToList();
        if (events.Count > 0)
        {
            text.AppendLine("   events:");
            foreach (var e in events)
            {
                text.AppendLine($"     {Seconds(e.At),9}  {YamlNames.Of(e.Stage),-13} {e.Id,-8} {e.Message}");
            }
        }
        if (boot.Console.Count > 0)
        {
            text.AppendLine("   console (last lines):");
            foreach (var line in boot.Console.TakeLast(ConsoleLinesShown))
            {
                text.AppendLine($"     | {line.Text}");
            }
        }
        if (boot.HandOff is { } handOff)
        {
            text.AppendLine($"   OS: {handOff.Message}");
            foreach (var note in handOff.Notes)
            {
                text.AppendLine($"   OS note: {note.Message}");
            }
        }
        else if (boot.Reason is { } reason)
        {
            text.AppendLine($"   cause: {reason}");
        }
    }

    private static void AppendExpectations(StringBuilder text, IReadOnlyList<ExpectationResult> results)
    {
        foreach (var result in results)
        {
            text.AppendLine(result.Passed
                ? $"   [pass] {result.Expected}"
                : $"   [FAIL] expected {result.Expected}; got {result.Actual}");
        }
    }

    private static void AppendGuide(StringBuilder text, GuideCitation citation, IReadOnlyList<BootResult> boots)
    {
        if (citation.Entry is { } id && GuideEntries.Find(id) is { } entry)
        {
            AppendEntry(text, entry, "What the guide says");
        }
        else
        {
            var section = GuideEntries.SectionFor(citation.FirstPage);
            text.AppendLine($"What the guide says ({citation}, {section.Title}):");
            foreach (var line in Wrap(section.Action, 96))
            {
                text.AppendLine($"  {line}");
            }
        }
        // A boot that ended on another troubleshooting entry points the reader there too.
        var others = boots.Select(b => b.Guide?.Entry).OfType<string>().Distinct().Where(e => e != citation.Entry);
        foreach (var other in others)
        {
            if (GuideEntries.Find(other) is { } otherEntry)
            {
                text.AppendLine();
                AppendEntry(text, otherEntry, "A boot in this scenario also points to");
            }
        }
    }

    private static void AppendEntry(StringBuilder text, GuideEntry entry, string heading)
    {
        text.AppendLine($"{heading} ({entry.Id}, G p.{entry.Page.ToString(CultureInfo.InvariantCulture)}): {entry.Title}");
        foreach (var line in Wrap("Cause: " + entry.Finding, 96))
        {
            text.AppendLine($"  {line}");
        }
        foreach (var line in Wrap($"Action ({entry.Id}): {entry.Action}", 96))
        {
            text.AppendLine($"  {line}");
        }
    }

    private static string GuideHeading(GuideCitation citation) =>
        citation.Entry is { } id && GuideEntries.Find(id) is { } entry ? entry.Title : GuideEntries.SectionFor(citation.FirstPage).Title;

    private static string DescribeOs(OsSetup os)
    {
        var i = os.Inputs;
        var parts = new List<string> { $"VBD {i.VirtualBusDeviceDriver}", i.OisDriverInstalled ? "OIS installed" : "no OIS driver",
            $"bxois StartOverride {i.BxoisStartOverride.ToString(CultureInfo.InvariantCulture)}" };
        if (i.OsLinkSpeedMbps is { } speed)
        {
            parts.Add($"link speed {speed.ToString(CultureInfo.InvariantCulture)} Mb/s");
        }
        if (i.TeamingOnBootAdapter)
        {
            parts.Add("boot adapter teamed");
        }
        parts.Add($"initrd {YamlNames.Of(i.LinuxInitrd)}");
        return string.Join(", ", parts);
    }

    private static string Seconds(TimeSpan at) => at.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + "s";

    /// <summary>Splits <paramref name="text"/> into lines of at most <paramref name="width"/> characters at spaces.</summary>
    public static IEnumerable<string> Wrap(string text, int width)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = new StringBuilder();
        foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            line.Append(line.Length > 0 ? " " : "").Append(word);
        }
        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
