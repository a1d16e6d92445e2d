namespace FlexFabricSim.Boot.Timing;

/// <summary>
/// The boot's waits, time-outs and retry counts as data, with the source beside each value (style anchor G8). Values the
/// NVRAM sets (Banner Message Timeout, Link Up Delay Time, Boot Retry Count, LUN Busy Retry Count) are not here: they come
/// from the configuration; nor are the DHCP clients' retransmissions (RFC 2131 / RFC 8415 timing with the attempt counts in
/// <c>Dhcp4RetransmissionPolicy</c> / <c>Dhcp6RetransmissionPolicy</c>). Everything marked unverified is our choice where no
/// source gives the card's figure.
/// </summary>
public sealed record BootTimings
{
    /// <summary>The values the simulator uses unless a request overrides them.</summary>
    public static BootTimings Default { get; } = new();

    /// <summary>How long the ROM waits for the Ethernet link before giving up.</summary>
    public TimingValue LinkWait { get; init; } = new("link wait", TimeSpan.FromSeconds(15), null,
        "unverified: our choice; the guide gives no figure", false);

    /// <summary>Router solicitations sent under IPv6 autoconfiguration.</summary>
    public TimingValue RouterSolicitations { get; init; } = new("router solicitations", TimeSpan.FromSeconds(4), 3,
        "G p.5: up to 3 solicitations, 4 s apart", true);

    /// <summary>How long to wait for a router advertisement after the last solicitation.</summary>
    public TimingValue RouterAdvertisementWait { get; init; } = new("router advertisement wait", TimeSpan.FromSeconds(4), null,
        "G p.5 gives the 4 s interval; waiting one more interval after the third is our reading", false);

    /// <summary>TCP connection set-up time-out to a target portal.</summary>
    public TimingValue TcpConnect { get; init; } = new("TCP connect", TimeSpan.FromSeconds(15), null,
        "unverified: our choice, close to open-iscsi's login_timeout", false);

    /// <summary>Time to wait for each Login Response.</summary>
    public TimingValue LoginResponse { get; init; } = new("login response", TimeSpan.FromSeconds(15), null,
        "open-iscsi iscsid.conf node.conn[0].timeo.login_timeout = 15; the card's figure is unverified", false);

    /// <summary>Time to wait for each SCSI command of the LUN attach.</summary>
    public TimingValue ScsiCommand { get; init; } = new("SCSI command", TimeSpan.FromSeconds(30), null,
        "unverified: a common SCSI default of 30 s", false);

    /// <summary>Pause before a login retry (Boot Retry Count) or a LUN busy reconnect (LUN Busy Retry Count).</summary>
    public TimingValue RetryPause { get; init; } = new("retry pause", TimeSpan.FromSeconds(2), null,
        "unverified: our choice", false);

    /// <summary>Every value, for documentation and the <c>--json</c> output.</summary>
    public IReadOnlyList<TimingValue> All =>
        [LinkWait, RouterSolicitations, RouterAdvertisementWait, TcpConnect, LoginResponse, ScsiCommand, RetryPause];
}
