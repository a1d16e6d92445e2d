namespace FlexFabricSim.Tui.Screens;

/// <summary>A screen as data: its title, its rows (fields from the device model's catalog, entries, headings) and its key help.</summary>
/// <param name="Ref">Which screen this is, for which port and function.</param>
/// <param name="Title">The title the card shows above the rows.</param>
/// <param name="Rows">The rows, top to bottom.</param>
/// <param name="KeyHelp">The key-help line at the bottom of the screen.</param>
/// <param name="SavesWithF4">Whether F4 saves on this screen (the MBA level, G p.8 step 10).</param>
public sealed record ScreenDefinition(ScreenRef Ref, string Title, IReadOnlyList<ScreenRow> Rows, string KeyHelp, bool SavesWithF4)
{
    /// <summary>The index of the first row the selection can rest on, or -1 if none.</summary>
    public int FirstSelectable => IndexOfSelectable(0, +1);

    /// <summary>The nearest selectable row from <paramref name="start"/> going <paramref name="step"/> (+1 or -1), or -1.</summary>
    public int IndexOfSelectable(int start, int step)
    {
        for (var i = start; i >= 0 && i < Rows.Count; i += step)
        {
            if (Rows[i].IsSelectable)
            {
                return i;
            }
        }
        return -1;
    }
}
