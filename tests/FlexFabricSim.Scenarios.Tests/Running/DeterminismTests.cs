using System.Text;
using FlexFabricSim.Boot.Engine;
using FlexFabricSim.Scenarios.Loading;
using FlexFabricSim.Scenarios.Running;
using FlexFabricSim.Scenarios.Tests.Support;

namespace FlexFabricSim.Scenarios.Tests.Running;

/// <summary>A scenario run gives byte-identical console text, event log and pcapng every time, also when runs overlap.</summary>
public sealed class DeterminismTests
{
    public static TheoryData<string> Scenarios => new()
    {
        "static-ipv4.yaml", "dhcp4-option-43.yaml", "dhcp6-options-16-17.yaml", "chap-mutual.yaml", "second-target-failover.yaml",
        "lun-busy-retries.yaml", "t10-boot-lun-255.yaml",
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task RunsAreByteIdentical(string name)
    {
        var scenario = ScenarioLoader.Load(ScenarioFiles.PathOf(name));
        var runner = ScenarioRunner.WithBootEngine();

        var first = await runner.RunAsync(scenario);
        var overlapping = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => runner.RunAsync(scenario))));

        Assert.NotEmpty(first.Boots);
        foreach (var again in overlapping)
        {
            Assert.Equal(first.Boots.Count, again.Boots.Count);
            for (var i = 0; i < first.Boots.Count; i++)
            {
                var (a, b) = (first.Boots[i], again.Boots[i]);
                Assert.Equal(a.ConsoleText, b.ConsoleText);
                Assert.Equal(EventLog(a), EventLog(b));
                Assert.NotEmpty(a.Pcapng);
                Assert.True(a.Pcapng.AsSpan().SequenceEqual(b.Pcapng), $"{name}: boot {i + 1}'s pcapng differs between runs");
                Assert.Equal(a.Ibft, b.Ibft);
            }
        }
    }

    private static string EventLog(BootResult boot)
    {
        var text = new StringBuilder();
        foreach (var e in boot.Events)
        {
            text.Append(e.At.Ticks).Append(' ').Append(e.Stage).Append(' ').Append(e.Severity).Append(' ').Append(e.Id)
                .Append(' ').Append(e.Kind).Append(' ').Append(e.Guide).Append(' ').AppendLine(e.Message);
        }
        return text.ToString();
    }
}
