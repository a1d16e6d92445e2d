namespace FlexFabricSim.Net.Iscsi;

/// <summary>A login stage code, the CSG and NSG fields of Login PDUs (RFC 7143 §11.12.3).</summary>
public enum IscsiLoginStage : byte
{
    /// <summary>Security negotiation (AuthMethod, CHAP keys).</summary>
    SecurityNegotiation = 0,

    /// <summary>Login operational negotiation (digests, burst lengths, ...).</summary>
    LoginOperationalNegotiation = 1,

    /// <summary>Full feature phase: the NSG of the last login step.</summary>
    FullFeaturePhase = 3,
}
