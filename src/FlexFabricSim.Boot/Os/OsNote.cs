using FlexFabricSim.Boot.Events;

namespace FlexFabricSim.Boot.Os;

/// <summary>A caveat about a running OS that does not stop it (no crash dump at 100 Mbps, teaming, a guide contradiction).</summary>
public sealed record OsNote(EngineCode Code, string Message, GuideReference? Guide);
