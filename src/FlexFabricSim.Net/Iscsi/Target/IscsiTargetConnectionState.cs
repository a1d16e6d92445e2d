namespace FlexFabricSim.Net.Iscsi.Target;

/// <summary>Where a target-side connection stands (RFC 7143 §8.1.3, target connection states, simplified).</summary>
public enum IscsiTargetConnectionState
{
    /// <summary>Login phase: security and operational negotiation.</summary>
    Login,

    /// <summary>Full feature phase: commands are served.</summary>
    FullFeature,

    /// <summary>The initiator logged out; the connection closes.</summary>
    LoggedOut,

    /// <summary>The connection ended abnormally (malformed input, fault, peer gone).</summary>
    Failed,
}
