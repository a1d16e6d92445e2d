using FlexFabricSim.Scenarios.Library;
using FlexFabricSim.Testing;

namespace FlexFabricSim.Scenarios.Tests.Support;

/// <summary>The library's files as theory data (as UICatalog enumerates its scenarios), one row per file by library path.</summary>
public static class ScenarioFiles
{
    public static IReadOnlyList<string> All => ScenarioLibrary.Files(RepoPaths.Scenarios);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var file in All)
        {
            data.Add(Path.GetRelativePath(RepoPaths.Scenarios, file));
        }
        return data;
    }

    public static string PathOf(string name) => Path.Combine(RepoPaths.Scenarios, name);
}
