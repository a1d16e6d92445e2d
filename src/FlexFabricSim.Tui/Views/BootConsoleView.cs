using FlexFabricSim.Tui.BootConsole;
using FlexFabricSim.Tui.Navigation;

namespace FlexFabricSim.Tui.Views;

/// <summary>The boot console: what the boot agent prints when nobody pressed the setup key (or after leaving the utility).</summary>
public sealed class BootConsoleView : ConsolePane
{
    /// <summary>The session whose boot is shown.</summary>
    public CardSession? Session { get; set; }

    /// <inheritdoc />
    protected override IReadOnlyList<BootConsoleLine> Lines =>
        Session is { Phase: PreBootPhase.Boot } session ? session.ConsoleLines : [];
}
