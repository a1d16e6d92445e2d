namespace FlexFabricSim.Boot.Console;

/// <summary>One line the option ROM printed, stamped with simulated time since power-on.</summary>
public sealed record ConsoleLine(TimeSpan At, string Text);
