using System.Net;

namespace FlexFabricSim.Boot.Lab;

/// <summary>Faults a lab target injects (the fake target's fault set), all off by default.</summary>
public sealed record LabTargetFaults
{
    /// <summary>The host is on the network but nothing listens on the portal port (connection refused).</summary>
    public bool PortClosed { get; init; }

    /// <summary>The host is absent: nothing answers ARP or neighbour solicitation for the portal address.</summary>
    public bool Absent { get; init; }

    /// <summary>The first this many SCSI commands answer BUSY; the ROM reconnects after each (LUN Busy Retry Count).</summary>
    public int LunBusy { get; init; }

    /// <summary>The target never answers a Login Request.</summary>
    public bool NoLoginResponse { get; init; }

    /// <summary>The target rejects the first login with this status class and detail (RFC 7143 §11.13.5); later logins succeed.</summary>
    public LabLoginReject? LoginReject { get; init; }

    /// <summary>The target drops the connection after this many PDUs.</summary>
    public int? DropAfterPdus { get; init; }

    /// <summary>The target redirects logins to this portal.</summary>
    public IPEndPoint? RedirectTo { get; init; }

    /// <summary>Each read is answered this late.</summary>
    public TimeSpan SlowReads { get; init; }

    /// <summary>The target answers mutual CHAP with a wrong response.</summary>
    public bool WrongChapResponse { get; init; }
}
