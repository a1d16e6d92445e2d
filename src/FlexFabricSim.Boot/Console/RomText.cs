namespace FlexFabricSim.Boot.Console;

/// <summary>The card's words for one <see cref="RomMessage"/>: a composite format string, and where the wording comes from.</summary>
/// <param name="Template">A <see cref="string.Format(IFormatProvider, string, object[])"/> template.</param>
/// <param name="Verified">True only when a source shows these exact words on an HP 534-series card.</param>
/// <param name="Source">Where the wording comes from, or why it is our best reading.</param>
public sealed record RomText(string Template, bool Verified, string Source);
