namespace FlexFabricSim.Net.Dhcp;

/// <summary>Why a DHCP client gave up without a lease: a negative outcome reported as a value (style anchor G4 tier 2).</summary>
public enum DhcpFailure
{
    /// <summary>No usable OFFER / ADVERTISE arrived before the retries ran out.</summary>
    NoOffer,

    /// <summary>The chosen server never answered the REQUEST before the retries ran out.</summary>
    NoAcknowledgement,

    /// <summary>Every attempt ended in a DHCPNAK, or a REPLY with a failure status.</summary>
    Refused,
}
