using FlexFabricSim.Scenarios.Loading;

namespace FlexFabricSim.Scenarios.Tests.Loading;

/// <summary>The five kinds of malformed file the issue names: each is refused with one line naming file, line, column and field.</summary>
public sealed class MalformedFileTests
{
    private const string Head = "title: t\nguide: p.7\n";

    public static TheoryData<string, string, int, int, string, string> Cases => new()
    {
        // name, yaml, line, column, field, words the message must hold
        { "bad YAML (unclosed list)", Head + "adapter:\n  model: [534M\n  port: 0\n", 4, 10, "yaml", "not valid YAML" },
        { "bad YAML (indentation)", Head + "adapter:\n    model: 534M\n  port: 0\n", 5, 3, "yaml", "not valid YAML" },
        { "unknown key", Head + "adapter:\n  model: 534M\n  prot: 1\n", 5, 3, "adapter.prot", "did you mean 'port'?" },
        { "wrong type", Head + "adapter:\n  model: 534M\nsteps: boot\n", 5, 8, "steps", "must be a non-empty list of steps" },
        { "unknown NVRAM key", Head + "adapter:\n  model: 534M\n  nvram:\n    mba.boot-protocoll: iscsi\n", 6, 5,
            "adapter.nvram.mba.boot-protocoll", "There is no field 'mba.boot-protocoll'. Did you mean mba.boot-protocol?" },
        { "out-of-range value", Head + "adapter:\n  model: 534M\n  nvram:\n    iscsi.target1.boot-lun: 256\n", 6, 29,
            "adapter.nvram.iscsi.target1.boot-lun", "Boot LUN must be between 0 and 255" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void RefusedWithOneLineNamingFileLineColumnAndField(string name, string yaml, int line, int column, string field, string words)
    {
        var e = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.Parse(yaml, "lab/bad.yaml"));

        Assert.Equal(("lab/bad.yaml", line, column, field), (e.File, e.Line, e.Column, e.Field));
        Assert.StartsWith($"lab/bad.yaml:{line}:{column}: {field}: ", e.Message);
        Assert.Contains(words, e.Message);
        Assert.DoesNotContain('\n', e.Message);
        Assert.False(string.IsNullOrWhiteSpace(name));
    }

    [Fact]
    public void AnUnreadableFileIsRefusedWithoutALine()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"ffsim-missing-{Guid.NewGuid():N}.yaml");
        var e = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.Load(missing));
        Assert.Equal(0, e.Line);
        Assert.StartsWith($"{missing}: cannot read the file", e.Message);
    }

    [Fact]
    public void ALabErrorPointsAtTheScenarioFilesLine()
    {
        const string yaml = Head + "adapter:\n  model: 534M\nlab:\n  port:\n    speed: 1gbps\n  targets:\n"
            + "    - name: iqn.2026-11.lab:t\n      address: 192.0.2.10\n      port: 99999\n";
        var e = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.Parse(yaml, "s.yaml"));

        Assert.Equal((11, 7, "lab"), (e.Line, e.Column, e.Field));
        Assert.Contains("1 to 65535", e.Message);
    }

    [Fact]
    public void AKeyScriptErrorPointsAtTheBadKey()
    {
        const string yaml = Head + "adapter:\n  model: 534M\nsteps:\n  - menu: ctrl+s, entr, esc\n";
        var e = Assert.Throws<ScenarioFormatException>(() => ScenarioLoader.Parse(yaml, "s.yaml"));

        Assert.Equal((6, 19, "steps[0].menu"), (e.Line, e.Column, e.Field));
        Assert.Contains("unknown key 'entr'", e.Message);
    }
}
