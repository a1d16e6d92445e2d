namespace FlexFabricSim.Net.Iscsi.Target;

/// <summary>The target's progress through security negotiation (RFC 7143 §12.1.3 for the CHAP steps).</summary>
internal enum IscsiTargetAuthState
{
    /// <summary>No security keys seen yet.</summary>
    Start,

    /// <summary>AuthMethod=CHAP chosen; waiting for CHAP_A.</summary>
    WaitChapAlgorithm,

    /// <summary>Challenge sent; waiting for CHAP_N and CHAP_R.</summary>
    WaitChapResponse,

    /// <summary>Authentication finished (or none was needed).</summary>
    Done,
}
