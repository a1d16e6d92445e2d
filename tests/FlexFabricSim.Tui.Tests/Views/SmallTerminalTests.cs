using FlexFabricSim.Tui.Headless;
using FlexFabricSim.Tui.Tests.Support;

namespace FlexFabricSim.Tui.Tests.Views;

public class SmallTerminalTests
{
    [Theory]
    [InlineData(60, 20)]
    [InlineData(79, 25)]
    [InlineData(80, 24)]
    public void A_terminal_smaller_than_80x25_gets_a_request_to_enlarge_not_a_broken_screen(int width, int height)
    {
        using var session = HeadlessSession.Start(Adapters.Default, new HeadlessOptions { Width = width, Height = height });
        session.Run(KeyScript.Parse(Scripts.ToGeneral + ",end,up,right"));

        var text = string.Join(' ', session.Capture().Lines.Select(l => l.Trim()));

        Assert.Contains($"need 80x25; this terminal is {width}x{height}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Even_a_tiny_terminal_draws_without_failing()
    {
        using var session = HeadlessSession.Start(Adapters.Default, new HeadlessOptions { Width = 10, Height = 3 });
        session.Run(KeyScript.Parse(Scripts.ToInitiator + ",end,\"short\",enter"));

        var capture = session.Capture();

        Assert.Equal(3, capture.Lines.Count);
        Assert.NotNull(session.Session.Utility!.Dialog);
    }
}
