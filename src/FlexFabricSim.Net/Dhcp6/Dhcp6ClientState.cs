namespace FlexFabricSim.Net.Dhcp6;

/// <summary>The DHCPv6 client's states for a boot ROM's stateful configuration (RFC 8415 §18.2): no renew or rebind.</summary>
public enum Dhcp6ClientState
{
    /// <summary>Not started.</summary>
    Init,

    /// <summary>Solicit sent, collecting Advertises.</summary>
    Soliciting,

    /// <summary>Request sent to the chosen server, waiting for its Reply.</summary>
    Requesting,

    /// <summary>Reply received: the lease is ready.</summary>
    Bound,

    /// <summary>Gave up; see the step's failure.</summary>
    Failed,
}
