namespace FlexFabricSim.Boot.Flow;

/// <summary>A login reached full feature phase with <paramref name="Target"/>.</summary>
public sealed record LoginReport(BootTarget Target);
