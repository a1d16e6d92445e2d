using FlexFabricSim.Tui.BootConsole;
using FlexFabricSim.Tui.Navigation;

namespace FlexFabricSim.Tui.Views;

/// <summary>The power-on screen: the server's power-on lines, then the boot agent banner and its setup prompt.</summary>
public sealed class BannerView : ConsolePane
{
    /// <summary>The session whose power-on and banner are shown.</summary>
    public CardSession? Session { get; set; }

    /// <inheritdoc />
    protected override IReadOnlyList<BootConsoleLine> Lines =>
        Session is { Phase: PreBootPhase.PowerOn or PreBootPhase.Banner } session ? session.ConsoleLines : [];
}
