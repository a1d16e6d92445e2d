using System.Net;

namespace FlexFabricSim.Net.Tcp;

/// <summary>The four-tuple that names a connection.</summary>
internal readonly record struct TcpConnectionKey(IPAddress LocalAddress, ushort LocalPort, IPAddress RemoteAddress, ushort RemotePort)
{
    public override string ToString() => $"{LocalAddress}:{LocalPort} <-> {RemoteAddress}:{RemotePort}";
}
