using System.Buffers.Binary;
using FlexFabricSim.Testing;

namespace FlexFabricSim.Cli.Tests.Scenarios;

/// <summary><c>flexfabric scenario list|run|explain</c> through the real command line, in process.</summary>
public sealed class ScenarioCommandTests
{
    private static readonly string Library = RepoPaths.Scenarios;

    [Fact]
    public void ListShowsNameKindGuideAndTitle()
    {
        var result = CliRunner.Succeeds("scenario", "list", "--dir", Library);

        var lines = result.Output.Split('\n');
        Assert.StartsWith("NAME", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("t10-boot-lun-255", StringComparison.Ordinal)
            && l.Contains("scenario") && l.Contains("T10 p.27") && l.Contains("LUN 254 boots"));
        Assert.Contains(lines, l => l.StartsWith("lessons/01-boot-protocol-iscsi", StringComparison.Ordinal) && l.Contains("lesson"));
    }

    [Fact]
    public void RunAllPassesTheWholeLibrary()
    {
        var result = CliRunner.Run("scenario", "run", "--all", "--dir", Library);

        Assert.True(result.ExitCode == 0, result.ToString());
        var count = Directory.EnumerateFiles(Library, "*.yaml", SearchOption.AllDirectories).Count();
        Assert.True(count >= 25);
        Assert.Contains($"{count} scenarios: {count} passed, 0 failed", result.Output);
        Assert.DoesNotContain("FAIL", result.Output);
    }

    [Fact]
    public void AFailedExpectationExitsOneAndIsNamedWithItsLine()
    {
        using var folder = new TempFolder();
        var file = folder.File("wrong.yaml");
        File.WriteAllText(file, """
            title: expects the wrong thing
            guide: p.6
            adapter: { model: 534M }
            expect:
              outcome: os-running
              stage: power-on
            """);

        var result = CliRunner.Run("scenario", "run", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("1 scenarios: 0 passed, 1 failed", result.Output);
        Assert.Contains($"FAIL {file}:5:3: expect outcome: expected outcome os-running; got outcome failed", result.Output);
        Assert.Contains($"FAIL {file}:6:3: expect stage: expected failure in stage power-on; got failure in stage", result.Output);
    }

    public static TheoryData<string, string, string> Malformed => new()
    {
        { "bad YAML", "title: t\nguide: p.7\nadapter: [\n", ":4:1: yaml: not valid YAML" },
        {
            "unknown key", "title: t\nguide: p.7\nadapter: { model: 534M }\nstep: [boot]\n",
            ":4:1: step: unknown key 'step'; did you mean 'steps'?"
        },
        { "wrong type", "title: t\nguide: p.7\nadapter: 534M\n", ":3:10: adapter: must be a mapping" },
        {
            "unknown NVRAM key", "title: t\nguide: p.7\nadapter: { model: 534M, nvram: { iscsi.target.boot-lun: 1 } }\n",
            ":3:34: adapter.nvram.iscsi.target.boot-lun: There is no field"
        },
        {
            "out-of-range value", "title: t\nguide: p.7\nadapter: { model: 534M, nvram: { iscsi.general.link-up-delay: 256 } }\n",
            ":3:63: adapter.nvram.iscsi.general.link-up-delay: Link Up Delay Time must be between 0 and 255"
        },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void AMalformedFileExitsTwoWithOneLineNamingFileAndLine(string why, string yaml, string where)
    {
        using var folder = new TempFolder();
        var file = folder.File("bad.yaml");
        File.WriteAllText(file, yaml);

        var result = CliRunner.Run("scenario", "run", file);

        Assert.True(result.ExitCode == 2, $"{why}: {result}");
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(file + where[..where.IndexOf(':', 1)], line);
        Assert.Contains(where, line);
    }

    [Fact]
    public void PcapWritesEveryBootsCapture()
    {
        using var folder = new TempFolder();

        CliRunner.Succeeds("scenario", "run", "t10-boot-lun-255", "static-ipv4", "--dir", Library, "--pcap", folder.Path);

        var files = Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["static-ipv4.pcapng", "t10-boot-lun-255.boot1.pcapng", "t10-boot-lun-255.boot2.pcapng"], files);
        foreach (var capture in Directory.GetFiles(folder.Path))
        {
            var bytes = File.ReadAllBytes(capture);
            Assert.Equal(0x0A0D0D0Au, BinaryPrimitives.ReadUInt32LittleEndian(bytes)); // pcapng Section Header Block
        }
    }

    [Fact]
    public void ExplainTellsTheStepsAndTheGuidesAction()
    {
        var result = CliRunner.Succeeds("scenario", "explain", "t10-boot-lun-255", "--dir", Library);

        Assert.Contains("1. boot: power on and boot", result.Output);
        Assert.Contains("Action (T10): Set a LUN value from 0 to 254.", result.Output);
    }

    [Theory]
    [InlineData("scenario", "run")]
    [InlineData("scenario", "run", "no-such-scenario")]
    [InlineData("scenario", "explain", "no-such-scenario")]
    [InlineData("scenario", "list", "--dir", "/no/such/folder")]
    public void RefusedInputExitsTwo(params string[] args)
    {
        var result = CliRunner.Run([.. args, .. args.Contains("--dir") ? Array.Empty<string>() : ["--dir", Library]]);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.NotEmpty(result.Error);
    }
}
