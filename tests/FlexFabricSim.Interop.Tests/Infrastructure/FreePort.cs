using System.Net;
using System.Net.Sockets;

namespace FlexFabricSim.Interop.Tests.Infrastructure;

/// <summary>Free TCP ports on loopback, so tests that start peers can run in parallel.</summary>
public static class FreePort
{
    /// <summary>A TCP port on 127.0.0.1 that nothing listens on right now.</summary>
    public static int Tcp()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
