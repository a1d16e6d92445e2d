using FlexFabricSim.Boot.Os;

namespace FlexFabricSim.Scenarios.Format;

/// <summary>The operating system installed on the target: its profile and its state (drivers, registry, link speed).</summary>
/// <param name="Profile">The OS profile key (<c>windows-2008-r2</c>), as <see cref="OsProfiles"/> knows it.</param>
/// <param name="Inputs">The OS state the hand-off reads.</param>
public sealed record OsSetup(string Profile, OsInputs Inputs);
