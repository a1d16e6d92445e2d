using FlexFabricSim.Testing;

namespace FlexFabricSim.Cli.Tests.Scenarios;

/// <summary><c>flexfabric train</c> played headless with <c>--keys</c>: the objective, the boot and the score.</summary>
public sealed class TrainCommandTests
{
    private static readonly string Library = RepoPaths.Scenarios;

    [Fact]
    public void TheRightKeysScoreFullMarks()
    {
        var result = CliRunner.Run("train", "01-boot-protocol-iscsi", "--dir", Library, "--keys", "ctrl+s,enter,down,right,f4");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Objective:", result.Output);
        Assert.Contains("Score: 2/2 - objective met.", result.Output);
    }

    [Fact]
    public void AMistakeExitsOneNamingThePointTheHintAndThePage()
    {
        var lesson = Path.Combine(Library, "lessons", "01-boot-protocol-iscsi.yaml");
        var result = CliRunner.Run("train", lesson, "--keys", "ctrl+s,enter,right,f4");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Score: 0/2 - not yet.", result.Output);
        Assert.Contains("found: mba.boot-protocol=pxe", result.Output);
        Assert.Contains("found: mba.option-rom=disabled", result.Output);
        Assert.Contains("read:  guide p.6 (MBA boot protocol configuration)", result.Output);
    }

    [Fact]
    public void SolutionPrintsTheLessonsKeys()
    {
        var result = CliRunner.Succeeds("train", "02-static-ipv4", "--dir", Library, "--solution");
        Assert.StartsWith("ctrl+s,enter,down,right,end,up,enter", result.Output);
    }

    [Theory]
    [InlineData("train", "t10-boot-lun-255")]                  // a scenario, not a lesson
    [InlineData("train", "01-boot-protocol-iscsi", "--keys", "ctrl+s,entr")]
    [InlineData("train", "no-such-lesson")]
    [InlineData("train", "01-boot-protocol-iscsi")]            // no terminal in a test host, and no --keys
    public void RefusedInputExitsTwo(params string[] args)
    {
        var result = CliRunner.Run([.. args, "--dir", Library]);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.NotEmpty(result.Error);
    }
}
