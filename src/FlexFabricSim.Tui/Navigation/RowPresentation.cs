namespace FlexFabricSim.Tui.Navigation;

/// <summary>One row as the form view draws it: label, value text, state, a short tag and the help line for when it is selected.</summary>
/// <param name="Label">The label (under IPv6 some labels change, e.g. Subnet Mask Prefix).</param>
/// <param name="Value">The value as the card shows it; empty for entries and headings.</param>
/// <param name="State">How the row is drawn.</param>
/// <param name="Tag">A short marker after the value (<c>locked</c>, <c>ignored</c>), or empty.</param>
/// <param name="Help">What the row means and, for locked or ignored rows, why.</param>
public sealed record RowPresentation(string Label, string Value, RowState State, string Tag, string Help);
