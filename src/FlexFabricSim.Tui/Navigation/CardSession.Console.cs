using FlexFabricSim.Tui.BootConsole;
using FlexFabricSim.Tui.Screens;

namespace FlexFabricSim.Tui.Navigation;

// What the text console shows outside the utility: power-on lines, the banner with its prompt, the boot's lines.
public sealed partial class CardSession
{
    /// <summary>The console's lines now, top to bottom (empty while the utility is open).</summary>
    public IReadOnlyList<BootConsoleLine> ConsoleLines
    {
        get
        {
            var lines = new List<BootConsoleLine>();
            switch (Phase)
            {
                case PreBootPhase.PowerOn:
                    lines.AddRange(PowerOnDefinition.Lines(_saved).Take(_powerOnShown).Select(Plain));
                    break;
                case PreBootPhase.Banner:
                    lines.AddRange(PowerOnDefinition.Lines(_saved).Select(Plain));
                    lines.AddRange(BannerLines(withPrompt: true));
                    break;
                case PreBootPhase.Boot:
                    lines.AddRange(BannerLines(withPrompt: false));
                    lines.AddRange(_bootLines);
                    break;
            }
            return lines;
        }
    }

    private IEnumerable<BootConsoleLine> BannerLines(bool withPrompt)
    {
        if (Banner is not { } banner)
        {
            if (Phase == PreBootPhase.Banner)
            {
                yield return new BootConsoleLine(
                    "[FlexFabricSim] No port has its Option ROM enabled, so the boot agent does not run and offers no setup key.",
                    BootConsoleLineKind.SimulatorNote);
            }
            yield break;
        }
        var definition = _options.Banner;
        yield return new BootConsoleLine(definition.FormatProductLine(_saved.OptionRom.MbaVersion), BootConsoleLineKind.Highlight);
        foreach (var line in definition.CopyrightLines)
        {
            yield return Plain(line);
        }
        yield return Plain("");
        if (withPrompt && !banner.HidePrompt && banner.Timeout > TimeSpan.Zero)
        {
            yield return new BootConsoleLine(definition.FormatPrompt(banner.SetupKeyName), BootConsoleLineKind.Highlight);
        }
    }

    private static BootConsoleLine Plain(string text) => new(text);
}
