namespace FlexFabricSim.Boot.Timing;

/// <summary>One retry or time-out value of the boot, with where it comes from.</summary>
/// <param name="Name">What the value governs.</param>
/// <param name="Value">The time, or for counts <see cref="TimeSpan.Zero"/> and <paramref name="Count"/>.</param>
/// <param name="Count">A count (attempts, solicitations), when the value is one.</param>
/// <param name="Source">The source of the value (guide page, RFC section, another implementation's default).</param>
/// <param name="Verified">False when no source pins the value for this card and it is our choice.</param>
public sealed record TimingValue(string Name, TimeSpan Value, int? Count, string Source, bool Verified);
