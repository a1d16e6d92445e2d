namespace FlexFabricSim.Net.Tcp;

/// <summary>A TCP connection failed; an <see cref="IOException"/> so Stream users catch it where they catch socket errors.</summary>
public sealed class TcpException : IOException
{
    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    public TcpException(TcpError error, string message)
        : base(message)
    {
        Error = error;
    }

    /// <summary>What went wrong.</summary>
    public TcpError Error { get; }
}
