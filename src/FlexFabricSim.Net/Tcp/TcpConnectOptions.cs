namespace FlexFabricSim.Net.Tcp;

/// <summary>Per-connection choices for an active open.</summary>
public sealed record TcpConnectOptions
{
    /// <summary>Local port; 0 = an ephemeral port (49152-65535).</summary>
    public int LocalPort { get; init; }

    /// <summary>Offer the timestamps option on this connection; null = the stack's setting.</summary>
    public bool? Timestamps { get; init; }
}
