using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace FlexFabricSim.Tui.Theme;

/// <summary>The look of the card's Comprehensive Configuration Management (CCM) screens, as Terminal.Gui schemes by role.</summary>
/// <remarks>
/// White labels and yellow values on blue, a light selection bar, cyan title and key-help bars; the console phases
/// (power-on, banner, boot) are grey on black. Views pick a scheme with <c>SetScheme</c> and draw by <see cref="VisualRole"/>,
/// never with raw colours. The schemes are applied per view rather than registered in Terminal.Gui's
/// <c>SchemeManager</c>, whose table is process-wide in 2.5: per-view schemes keep parallel headless sessions independent.
/// Role use in the menus: Normal = label, Editable = value, Focus = selection bar, Active = value being typed,
/// ReadOnly = locked or read-only row, Disabled = row the current mode ignores, Highlight = section heading,
/// HotNormal = accent text (screen title, prompts).
/// </remarks>
public static class CcmSchemes
{
    /// <summary>The menu body: labels, values, selection bar, locked and ignored rows.</summary>
    public static Scheme Menu { get; } = new(new Attribute(ColorName16.White, ColorName16.Blue))
    {
        HotNormal = new Attribute(ColorName16.BrightYellow, ColorName16.Blue),
        Editable = new Attribute(ColorName16.BrightYellow, ColorName16.Blue),
        Focus = new Attribute(ColorName16.Blue, ColorName16.Gray),
        HotFocus = new Attribute(ColorName16.Black, ColorName16.Gray),
        Active = new Attribute(ColorName16.BrightYellow, ColorName16.Black),
        ReadOnly = new Attribute(ColorName16.Gray, ColorName16.Blue),
        Disabled = new Attribute(ColorName16.Cyan, ColorName16.Blue),
        Highlight = new Attribute(ColorName16.BrightCyan, ColorName16.Blue),
    };

    /// <summary>The title bar (adapter and MAC) and the key-help line.</summary>
    public static Scheme Bar { get; } = new(new Attribute(ColorName16.Black, ColorName16.Cyan))
    {
        HotNormal = new Attribute(ColorName16.Blue, ColorName16.Cyan),
    };

    /// <summary>A message box reporting a refusal or an error.</summary>
    public static Scheme Error { get; } = new(new Attribute(ColorName16.White, ColorName16.Red))
    {
        HotNormal = new Attribute(ColorName16.BrightYellow, ColorName16.Red),
    };

    /// <summary>A message box asking a question (save, discard, IP version switch).</summary>
    public static Scheme Dialog { get; } = new(new Attribute(ColorName16.Black, ColorName16.Gray))
    {
        HotNormal = new Attribute(ColorName16.Blue, ColorName16.Gray),
    };

    /// <summary>The text console before and after the menus: power-on lines, the boot agent banner, the boot.</summary>
    public static Scheme Console { get; } = new(new Attribute(ColorName16.Gray, ColorName16.Black))
    {
        HotNormal = new Attribute(ColorName16.White, ColorName16.Black),
        Highlight = new Attribute(ColorName16.BrightYellow, ColorName16.Black),
        Disabled = new Attribute(ColorName16.Cyan, ColorName16.Black),
        Editable = new Attribute(ColorName16.BrightRed, ColorName16.Black),
    };
}
