namespace FlexFabricSim.Net.Dhcp4;

/// <summary>The DHCPv4 client's states (RFC 2131 §4.4, figure 5), as far as a boot ROM goes: no renewing or rebinding.</summary>
public enum Dhcp4ClientState
{
    /// <summary>Not started.</summary>
    Init,

    /// <summary>DISCOVER sent, waiting for an OFFER.</summary>
    Selecting,

    /// <summary>REQUEST sent to the chosen server, waiting for its ACK or NAK.</summary>
    Requesting,

    /// <summary>ACK received: the lease is ready.</summary>
    Bound,

    /// <summary>Gave up; see the step's failure.</summary>
    Failed,
}
