using FlexFabricSim.Boot.Lab;
using FlexFabricSim.Testing;

namespace FlexFabricSim.Cli.Tests.Boot;

/// <summary>The example labs in <c>docs/labs</c> stay readable.</summary>
public sealed class LabFilesTests
{
    public static TheoryData<string> Files => [.. Directory.GetFiles(Path.Combine(RepoPaths.Root, "docs", "labs"), "*.yaml").Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(Files))]
    public void ExampleLabParses(string file)
    {
        var lab = LabFileReader.Read(Path.Combine(RepoPaths.Root, "docs", "labs", file));
        Assert.Equal(Path.GetFileNameWithoutExtension(file), lab.Name);
        Assert.NotEmpty(lab.Targets);
    }
}
