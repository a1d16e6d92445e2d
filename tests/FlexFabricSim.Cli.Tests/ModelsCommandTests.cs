using System.Text.Json;
using FlexFabricSim.Testing;

namespace FlexFabricSim.Cli.Tests;

public class ModelsCommandTests
{
    [Fact]
    public void Models_lists_every_adapter_as_a_table()
    {
        Snapshot.Verify(CliRunner.Succeeds("models").Output, "table");
    }

    [Fact]
    public void Models_json_lists_keys_media_and_speeds()
    {
        using var json = JsonDocument.Parse(CliRunner.Succeeds("models", "--json").Output);
        var models = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(["534M", "534FLR-SFP+", "534FLB", "CN1100R"], models.Select(m => m.GetProperty("key").GetString()));
        var sfp = models[1];
        Assert.Equal("SFP+", sfp.GetProperty("media").GetString());
        Assert.Equal([10000], sfp.GetProperty("speedsMbps").EnumerateArray().Select(s => s.GetInt32()));
        Assert.False(sfp.GetProperty("autonegotiates").GetBoolean());
    }

    [Fact]
    public void Every_command_has_help()
    {
        string[][] commands =
            [["models"], ["nvram"], ["nvram", "new"], ["nvram", "show"], ["nvram", "set"], ["nvram", "diff"], ["nvram", "check"]];
        foreach (var command in commands)
        {
            var result = CliRunner.Succeeds([.. command, "--help"]);
            Assert.Contains("Usage:", result.Output);
        }
    }
}
