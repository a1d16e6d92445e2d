namespace FlexFabricSim.Net.Iscsi.Target;

/// <summary>An Asynchronous Message the fake target sends unprompted, once per run of the target, on the first connection to serve
/// <see cref="AfterCommands"/> SCSI commands (RFC 7143 §11.9.1).</summary>
/// <remarks>
/// <see cref="IscsiAsyncEvent.LogoutRequested"/>: the initiator must log out within <see cref="LogoutWithin"/> (Parameter3), or the
/// target drops the connection. <see cref="IscsiAsyncEvent.ConnectionWillDrop"/> and <see cref="IscsiAsyncEvent.SessionWillDrop"/>:
/// the target drops the connection right after the message, announcing the negotiated Time2Wait and Time2Retain.
/// </remarks>
public sealed record IscsiAsyncFault
{
    /// <summary>Creates the fault; only the logout request and the two drop announcements are supported.</summary>
    public IscsiAsyncFault(IscsiAsyncEvent asyncEvent, int afterCommands)
    {
        if (asyncEvent is not (IscsiAsyncEvent.LogoutRequested or IscsiAsyncEvent.ConnectionWillDrop or IscsiAsyncEvent.SessionWillDrop))
        {
            throw new ArgumentOutOfRangeException(nameof(asyncEvent), asyncEvent, "the fake target sends LogoutRequested, ConnectionWillDrop or SessionWillDrop");
        }
        ArgumentOutOfRangeException.ThrowIfNegative(afterCommands);
        Event = asyncEvent;
        AfterCommands = afterCommands;
    }

    /// <summary>The AsyncEvent sent.</summary>
    public IscsiAsyncEvent Event { get; }

    /// <summary>SCSI commands the connection serves before the message (0: right after login).</summary>
    public int AfterCommands { get; }

    /// <summary>For a logout request: the time the initiator has to log out (Parameter3, whole seconds, at most 65535).</summary>
    public TimeSpan LogoutWithin { get; init; } = TimeSpan.FromSeconds(10);
}
