using FlexFabricSim.Device.Nvram;

namespace FlexFabricSim.Device.Rom;

/// <summary>
/// The lines the boot agent prints at power-on (SPEC "Pre-boot flow"), as data: a product line with the MBA version,
/// a copyright line and the setup prompt. The wording is that of HP-branded Broadcom boot agents; the 534 series' exact
/// lines are *unverified*, so they live here, in one place, to be corrected.
/// </summary>
public static class OptionRomBanner
{
    /// <summary>The product line; <c>{0}</c> is the MBA version.</summary>
    public const string ProductLineFormat = "HP Ethernet Boot Agent v{0}";

    /// <summary>The copyright line (*unverified*).</summary>
    public const string CopyrightLine = "Copyright (C) 2000-2013 Broadcom Corporation";

    /// <summary>The setup prompt; <c>{0}</c> is the key label (<c>Ctrl-S</c> or <c>Ctrl-B</c>).</summary>
    public const string PromptFormat = "Press {0} to Enter Configuration Menu ...";

    /// <summary>The banner for <paramref name="rom"/> and the MBA settings in <paramref name="mba"/>; no prompt line when Hide Setup
    /// Prompt is enabled.</summary>
    public static IReadOnlyList<string> Lines(OptionRom rom, MbaSettings mba)
    {
        ArgumentNullException.ThrowIfNull(rom);
        ArgumentNullException.ThrowIfNull(mba);
        var product = string.Format(System.Globalization.CultureInfo.InvariantCulture, ProductLineFormat, rom.MbaVersion);
        return mba.HideSetupPrompt ? [product, CopyrightLine] : [product, CopyrightLine, Prompt(mba.SetupKeyStroke)];
    }

    /// <summary>The prompt naming <paramref name="key"/>.</summary>
    public static string Prompt(SetupKeyStroke key) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, PromptFormat, Choices.SetupKeyStroke.ToLabel(key));
}
