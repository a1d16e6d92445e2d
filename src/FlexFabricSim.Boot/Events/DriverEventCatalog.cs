namespace FlexFabricSim.Boot.Events;

/// <summary>
/// The offload driver's event ids (G p.30-33) a boot can report: the initiator classifies every login and SCSI failure,
/// and the boot passes its id through. These are the ones the lab's targets and the card's settings can provoke; the
/// initiator knows more (protocol violations a misbehaving real target could commit), and those reach the log unchanged.
/// </summary>
public static class DriverEventCatalog
{
    /// <summary>The ids with the condition that produces each, in id order.</summary>
    public static IReadOnlyList<DriverEventInfo> InBoot { get; } =
    [
        new(1, BootStage.Login, "The TCP connection to the portal fails: nothing listens on the port (connection refused), or nothing answers "
            + "for the address at all (no ARP / neighbour answer, TCP connect time-out)."),
        new(9, BootStage.LunAttach, "A SCSI command of the attach gets no answer within the command time-out (a target with very slow reads)."),
        new(10, BootStage.Login, "The target answers a Login Request with a failure status: authentication failed (CHAP secret or name "
            + "wrong, or CHAP Authentication Enabled towards a target without CHAP accounts), target not found, service unavailable, ..."),
        new(12, BootStage.Login, "The target redirects the login to an address that is unusable, or redirects too many times."),
        new(17, BootStage.Login, "Mutual CHAP: the target's CHAP_R does not match the 1st/2nd Target CHAP secret."),
        new(20, BootStage.LunAttach, "The target drops the connection in full feature phase (during the attach)."),
        new(40, BootStage.Login, "The target requires CHAP but CHAP Authentication is Disabled on the card."),
        new(43, BootStage.Login, "The target never answers a Login Request (login time-out)."),
        new(59, BootStage.Login, "The target drops the connection during the login, before full feature phase."),
    ];
}
