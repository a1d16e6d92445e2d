namespace FlexFabricSim.Device.Nvram;

/// <summary>One value of a choice field: the stable key scripts use and the label the card shows.</summary>
/// <param name="Value">Stable lower-case key, e.g. <c>one-time-disabled</c>.</param>
/// <param name="Label">The card's label, e.g. <c>One Time Disabled</c>.</param>
public sealed record FieldChoice(string Value, string Label);
