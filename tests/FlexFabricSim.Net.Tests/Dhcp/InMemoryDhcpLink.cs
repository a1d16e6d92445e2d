using System.Net;
using System.Threading.Channels;
using FlexFabricSim.Net.Dhcp;

namespace FlexFabricSim.Net.Tests.Dhcp;

/// <summary>
/// Two <see cref="IDhcpTransport"/> ends joined in memory: what one sends, the other receives, with the sender's endpoint as source.
/// </summary>
public sealed class InMemoryDhcpLink
{
    private InMemoryDhcpLink(End a, End b)
    {
        A = a;
        B = b;
    }

    /// <summary>The first end (the client, usually).</summary>
    public End A { get; }

    /// <summary>The second end (the server or the fake peer).</summary>
    public End B { get; }

    /// <summary>Creates a link whose ends appear as <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static InMemoryDhcpLink Create(IPEndPoint a, IPEndPoint b)
    {
        var toA = Channel.CreateUnbounded<DhcpDatagram>();
        var toB = Channel.CreateUnbounded<DhcpDatagram>();
        return new InMemoryDhcpLink(new End(a, toA, toB), new End(b, toB, toA));
    }

    /// <summary>One end: sends into the other end's queue, receives from its own; records where each datagram was sent.</summary>
    public sealed class End(IPEndPoint self, Channel<DhcpDatagram> inbox, Channel<DhcpDatagram> outbox) : IDhcpTransport
    {
        /// <summary>Every destination this end sent to, in order.</summary>
        public List<IPEndPoint> Destinations { get; } = [];

        /// <summary>The datagrams waiting to be received here.</summary>
        public ChannelReader<DhcpDatagram> Inbox => inbox.Reader;

        /// <inheritdoc />
        public ValueTask SendAsync(ReadOnlyMemory<byte> payload, IPEndPoint destination, CancellationToken cancellationToken)
        {
            lock (Destinations)
            {
                Destinations.Add(destination);
            }
            return outbox.Writer.WriteAsync(new DhcpDatagram(payload.ToArray(), self), cancellationToken);
        }

        /// <inheritdoc />
        public ValueTask<DhcpDatagram> ReceiveAsync(CancellationToken cancellationToken) => inbox.Reader.ReadAsync(cancellationToken);
    }
}
