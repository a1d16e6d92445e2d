using FlexFabricSim.Boot.Ladder;

namespace FlexFabricSim.Boot.Tests.Ladder;

public sealed class LadderRendererTests
{
    [Fact]
    public void DrawsOneArrowPerMessageBetweenColumns()
    {
        var diagram = new LadderDiagram(
            ["initiator", "DHCP server", "target 1"],
            [
                new(TimeSpan.Zero, 0, 1, "DHCP Discover"),
                new(TimeSpan.FromMilliseconds(1), 1, 0, "DHCP Offer"),
                new(TimeSpan.FromSeconds(2.5), 0, 2, "Login Request"),
                new(TimeSpan.FromSeconds(2.501), 2, 0, "Login Response"),
            ]);
        var expected = """
            time (s)    initiator             DHCP server           target 1
                        |                     |                     |
              0.000000  |--- DHCP Discover -->|                     |
              0.001000  |<---- DHCP Offer ----|                     |
              2.500000  |-------------- Login Request ------------->|
              2.501000  |<------------- Login Response -------------|

            """;
        Assert.Equal(expected.Replace("\r\n", "\n"), LadderRenderer.Render(diagram));
    }

    [Fact]
    public void WidensColumnsForLongLabels()
    {
        var label = new string('x', 60);
        var text = LadderRenderer.Render(new LadderDiagram(["a", "b"], [new(TimeSpan.Zero, 0, 1, label)]));
        var arrow = text.Split('\n')[2];
        Assert.Contains($" {label} ", arrow);
        Assert.EndsWith(">|", arrow);
    }

    [Fact]
    public void RefusesAMessageToAMissingColumn() =>
        Assert.Throws<ArgumentException>(() => LadderRenderer.Render(new LadderDiagram(["a"], [new(TimeSpan.Zero, 0, 1, "x")])));

    [Fact]
    public void EmptyDiagramRendersNothing() => Assert.Equal("", LadderRenderer.Render(LadderDiagram.Empty));
}
