namespace FlexFabricSim.Net.Iscsi.Initiator;

/// <summary>Where an initiator session stands (RFC 7143 §8.1.1 initiator states, simplified to one connection).</summary>
public enum IscsiSessionState
{
    /// <summary>Logging in.</summary>
    LoggingIn,

    /// <summary>Full feature phase: commands may be sent.</summary>
    FullFeature,

    /// <summary>Logged out cleanly.</summary>
    LoggedOut,

    /// <summary>Broken: see <see cref="IscsiSession.Failure"/>.</summary>
    Failed,
}
