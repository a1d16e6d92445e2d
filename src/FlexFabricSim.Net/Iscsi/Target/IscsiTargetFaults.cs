namespace FlexFabricSim.Net.Iscsi.Target;

/// <summary>Faults the fake target injects so scenarios can reproduce field problems; all off by default.</summary>
public sealed record IscsiTargetFaults
{
    /// <summary>No faults.</summary>
    public static IscsiTargetFaults None { get; } = new();

    /// <summary>The first N SCSI commands to each logical unit (across sessions) complete with BUSY: the guide's "LUN Busy Retry
    /// Count" case (see <see cref="Scsi.ScsiLogicalUnit.InjectBusy"/>).</summary>
    public int LunBusyAttempts { get; init; }

    /// <summary>Login requests get no answer at all (the initiator's login timeout, event 43).</summary>
    public bool NoLoginResponse { get; init; }

    /// <summary>The first login request is answered with this status (e.g. 0x0203 not found, 0x0301 service unavailable).</summary>
    public IscsiLoginStatus? LoginReject { get; init; }

    /// <summary>Each connection is dropped after this many PDUs received.</summary>
    public int? DropAfterPdus { get; init; }

    /// <summary>Login requests are redirected (status 0x0101) to this portal.</summary>
    public IscsiPortal? RedirectTo { get; init; }

    /// <summary>Each READ waits this long (virtual time) before its data is sent.</summary>
    public TimeSpan ReadDelay { get; init; }

    /// <summary>The target's mutual CHAP response is corrupted (the initiator must detect it: event 17).</summary>
    public bool WrongChapResponse { get; init; }

    /// <summary>An Asynchronous Message (a logout request, a connection or session drop) after a number of commands.</summary>
    public IscsiAsyncFault? AsyncMessage { get; init; }

    /// <summary>Whether any fault is on.</summary>
    public bool Any => this != None;
}
