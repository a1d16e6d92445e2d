namespace FlexFabricSim.Net.Iscsi.Failures;

/// <summary>A classified iSCSI failure: its kind, the guide's event id where one fits, and the details a trainer needs.</summary>
public sealed record IscsiFailure(IscsiFailureKind Kind, GuideEventId? EventId, string Message)
{
    /// <summary>The Login Response status, for login failures.</summary>
    public IscsiLoginStatus? LoginStatus { get; init; }

    /// <summary>The SCSI outcome, for <see cref="IscsiFailureKind.ScsiError"/>.</summary>
    public Scsi.ScsiCommandOutcome? ScsiOutcome { get; init; }

    /// <summary>The guide's event log entry for <see cref="EventId"/>.</summary>
    public GuideEvent? Event => EventId is { } id ? GuideEventLog.Get(id) : null;

    /// <summary>"[event 17] message".</summary>
    public override string ToString() => EventId is { } id ? $"[event {(int)id}] {Message}" : Message;
}
