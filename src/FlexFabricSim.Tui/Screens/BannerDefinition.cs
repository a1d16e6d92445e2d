using System.Globalization;
using FlexFabricSim.Device.Rom;

namespace FlexFabricSim.Tui.Screens;

/// <summary>The boot agent's banner as data: product line, copyright lines and the setup prompt (SPEC "Pre-boot flow").</summary>
/// <remarks>
/// HP-branded Broadcom boot agents print <c>HP Ethernet Boot Agent vX.Y.Z</c> and <c>Press Ctrl-S to Enter Configuration
/// Menu ...</c>; the 534 series' exact lines are *unverified* and live with the option ROM (<see cref="OptionRomBanner"/>).
/// </remarks>
/// <param name="ProductLine">The first line; <c>{0}</c> is the MBA version from the option ROM.</param>
/// <param name="CopyrightLines">The lines after it.</param>
/// <param name="Prompt">The setup prompt; <c>{0}</c> is the setup key as the card writes it (<c>Ctrl-S</c>, <c>Ctrl-B</c>).</param>
public sealed record BannerDefinition(string ProductLine, IReadOnlyList<string> CopyrightLines, string Prompt)
{
    /// <summary>The banner of an HP-branded Broadcom boot agent.</summary>
    public static BannerDefinition HpBootAgent { get; } = new(
        OptionRomBanner.ProductLineFormat,
        [OptionRomBanner.CopyrightLine, "All rights reserved."],
        OptionRomBanner.PromptFormat);

    /// <summary>The product line for <paramref name="mbaVersion"/>.</summary>
    public string FormatProductLine(string mbaVersion) => string.Format(CultureInfo.InvariantCulture, ProductLine, mbaVersion);

    /// <summary>The prompt naming <paramref name="setupKey"/>.</summary>
    public string FormatPrompt(string setupKey) => string.Format(CultureInfo.InvariantCulture, Prompt, setupKey);
}
