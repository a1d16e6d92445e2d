using FlexFabricSim.Boot.Events;
using FlexFabricSim.Boot.Flow;
using FlexFabricSim.Net.Iscsi.Failures;

namespace FlexFabricSim.Boot.Engine;

/// <summary>Turns the initiator's classified failures into the boot's step failures: the driver event id and the guide page.</summary>
public static class IscsiFailureMapping
{
    /// <summary>The step failure for <paramref name="failure"/>: its driver event id, or <c>ffs-147</c> when the initiator gave none.</summary>
    public static StepFailure ToStepFailure(IscsiFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var id = failure.EventId is { } e ? BootEventId.Driver((int)e) : BootEventId.Engine(EngineCode.IscsiError);
        var text = failure.Event is { } row ? $"{failure.Message} (driver event {row.Id}: {row.MessageEn})" : failure.Message;
        return new StepFailure(id, text, GuideFor(failure));
    }

    /// <summary>
    /// Where the guide explains a failure: CHAP problems at "Enabling CHAP authentication" (p.9), anything with a driver
    /// event id at the page of the driver's event table that lists it (p.30-33).
    /// </summary>
    public static GuideReference? GuideFor(IscsiFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failure.Kind is IscsiFailureKind.AuthenticationFailed or IscsiFailureKind.TargetAuthenticationFailed
            or IscsiFailureKind.ChapNotOffered or IscsiFailureKind.ChapRequired or IscsiFailureKind.SecretTooShort)
        {
            return new GuideReference(9);
        }
        return failure.EventId is { } id ? GuideReference.DriverEventTable((int)id) : null;
    }
}
