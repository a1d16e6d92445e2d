namespace FlexFabricSim.Boot.Events;

/// <summary>One entry of a boot's structured event log, stamped with simulated time since power-on.</summary>
/// <param name="At">Simulated time since power-on.</param>
/// <param name="Stage">The stage the boot was in.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Id">The driver event id or engine code, where one applies; transitions and details carry none.</param>
/// <param name="Message">What happened, in words a trainee understands.</param>
/// <param name="Guide">The guide section that explains it, where one does.</param>
/// <param name="Kind">A step, a state transition, or an ignored trigger.</param>
public sealed record BootEvent(
    TimeSpan At,
    BootStage Stage,
    BootEventSeverity Severity,
    BootEventId? Id,
    string Message,
    GuideReference? Guide = null,
    BootEventKind Kind = BootEventKind.Step);
