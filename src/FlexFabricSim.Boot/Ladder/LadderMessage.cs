namespace FlexFabricSim.Boot.Ladder;

/// <summary>One message of a ladder diagram: an arrow from one column to another at a simulated time.</summary>
/// <param name="At">When it was sent (simulated time since power-on).</param>
/// <param name="From">Index of the sending column.</param>
/// <param name="To">Index of the receiving column.</param>
/// <param name="Label">What the message is (<c>DHCP Offer</c>, <c>Login Request (CSG 0, NSG 1)</c>).</param>
public sealed record LadderMessage(TimeSpan At, int From, int To, string Label);
