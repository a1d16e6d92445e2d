using FlexFabricSim.Boot.Events;

namespace FlexFabricSim.Boot.Flow;

/// <summary>Why a step failed: the event id (driver id or engine code) and the words for the log and the user.</summary>
public sealed record StepFailure(BootEventId Id, string Reason, GuideReference? Guide = null);
