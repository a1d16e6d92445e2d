using FlexFabricSim.Device.Images;
using FlexFabricSim.Tui.Headless;
using Xunit.Abstractions;

namespace FlexFabricSim.Tui.Tests;

public class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        using var s = HeadlessSession.Start(FactoryImages.Default.Create());
        s.Wait(TimeSpan.FromSeconds(10));
        output.WriteLine($"phase={s.Session.Phase} lines={s.Session.ConsoleLines.Count} finished={s.Session.BootFinished}");
        foreach (var l in s.Session.ConsoleLines) output.WriteLine(l.Text);
        output.WriteLine(s.ScreenText);
        using var t = HeadlessSession.Start(FactoryImages.Default.Create());
        t.Run(KeyScript.Parse("ctrl+s,enter,down,down,down,down,down,enter,\"77\",enter"));
        output.WriteLine($"dialog={t.Session.Utility?.Dialog?.Title} vis={t.View.SubViews.Last().Visible} frame={t.View.SubViews.Last().Frame}");
        output.WriteLine(t.ScreenText);
    }
}
