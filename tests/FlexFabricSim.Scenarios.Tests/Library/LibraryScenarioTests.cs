using FlexFabricSim.Scenarios.Format;
using FlexFabricSim.Scenarios.Guide;
using FlexFabricSim.Scenarios.Loading;
using FlexFabricSim.Scenarios.Running;
using FlexFabricSim.Scenarios.Tests.Support;
using FlexFabricSim.Testing;

namespace FlexFabricSim.Scenarios.Tests.Library;

/// <summary>Every file in scenarios/ loads and runs to a pass (lessons through their solution), as UICatalog runs every scenario.</summary>
public sealed class LibraryScenarioTests
{
    public static TheoryData<string> Files => ScenarioFiles.Names();

    [Theory]
    [MemberData(nameof(Files))]
    public async Task ScenarioRunsAndEveryExpectationHolds(string name)
    {
        var scenario = ScenarioLoader.Load(ScenarioFiles.PathOf(name));
        var run = await ScenarioRunner.WithBootEngine().RunAsync(scenario);

        Assert.True(run.Passed, $"{name}:\n{string.Join('\n', run.Failures())}");
        Assert.NotEmpty(run.AllExpectations.Concat(run.Score?.Points.Select(p => p.Result) ?? []));
    }

    [Fact]
    public void LibraryHoldsAtLeastTwentyScenariosAndFiveLessons()
    {
        var loaded = ScenarioFiles.All.Select(ScenarioLoader.Load).ToList();
        var scenarios = loaded.Count(s => s.Kind == ScenarioKind.Scenario);
        Assert.True(scenarios >= 20, $"{scenarios} scenarios");
        var lessons = loaded.Where(s => s.Kind == ScenarioKind.Lesson).ToList();
        Assert.True(lessons.Count >= 5, $"{lessons.Count} lessons");
        Assert.All(lessons, l => Assert.StartsWith(Path.Combine(RepoPaths.Scenarios, "lessons"), Path.GetFullPath(l.Path)));
    }

    [Fact]
    public void EverySimulatedTroubleshootingEntryHasAScenarioAndEveryOtherIsExplainedInTheReadme()
    {
        var cited = ScenarioFiles.All.Select(ScenarioLoader.Load).Select(s => s.Guide.Entry).OfType<string>().ToHashSet();
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Scenarios, "README.md"));
        foreach (var entry in GuideEntries.Troubleshooting)
        {
            if (entry.IsSimulated)
            {
                Assert.Contains(entry.Id, cited);
            }
            else
            {
                Assert.DoesNotContain(entry.Id, cited);
                Assert.Contains($"**{entry.Id}**", readme);
            }
        }
    }

    [Fact]
    public void EachTroubleshootingScenarioExpectsTheOutcomeTheGuideDescribes()
    {
        // The entry's outcome is named by an expectation citing the entry (guide: T10) or by an outcome check.
        foreach (var scenario in ScenarioFiles.All.Select(ScenarioLoader.Load).Where(s => s.Guide.Entry is not null))
        {
            var expectations = scenario.Steps.SelectMany(s => s.Expectations).Concat(scenario.Expectations).ToList();
            Assert.Contains(expectations, e => e is GuideExpectation g && g.Citation == scenario.Guide.Entry
                || e is EventsExpectation { Present: true } && scenario.Guide.Entry == "T2");
        }
    }

    [Fact]
    public void EveryFileStartsWithTheSchemaLineForEditors()
    {
        foreach (var file in ScenarioFiles.All)
        {
            var schema = Path.GetRelativePath(Path.GetDirectoryName(file)!, Path.Combine(RepoPaths.Scenarios, "schema.json"))
                .Replace('\\', '/');
            var expected = $"# yaml-language-server: $schema={(schema.StartsWith('.') ? schema : "./" + schema)}";
            Assert.True(File.ReadLines(file).First() == expected, $"{file} should start with '{expected}'");
        }
    }
}
