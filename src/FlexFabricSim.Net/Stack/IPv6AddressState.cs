namespace FlexFabricSim.Net.Stack;

/// <summary>The duplicate-address-detection state of an IPv6 address (RFC 4862 §2).</summary>
public enum IPv6AddressState
{
    /// <summary>Being checked; not used as a source or for receiving yet.</summary>
    Tentative,

    /// <summary>Usable.</summary>
    Preferred,

    /// <summary>Another node uses it: never used (RFC 4862 §5.4.5).</summary>
    Duplicate,
}
