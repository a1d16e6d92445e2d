using System.Net;

namespace FlexFabricSim.Net.Dhcp;

/// <summary>
/// A bound UDP socket as the DHCP endpoints need it: send a datagram to an address, receive the next one with its source.
/// </summary>
/// <remarks>
/// The adapter's own stack provides it on the simulated port (client: port 68 / 546; server: 67 / 547). Keeping the endpoints
/// on this small seam lets tests drive them with an in-memory peer and no network at all.
/// </remarks>
public interface IDhcpTransport
{
    /// <summary>Sends <paramref name="payload"/> to <paramref name="destination"/> (a broadcast or multicast address is allowed).</summary>
    ValueTask SendAsync(ReadOnlyMemory<byte> payload, IPEndPoint destination, CancellationToken cancellationToken);

    /// <summary>Waits for the next datagram; cancelling the token abandons the wait.</summary>
    ValueTask<DhcpDatagram> ReceiveAsync(CancellationToken cancellationToken);
}

/// <summary>A received datagram: its payload and where it came from.</summary>
public sealed record DhcpDatagram(ReadOnlyMemory<byte> Payload, IPEndPoint Source);
