using System.Net;
using System.Net.Sockets;
using FlexFabricSim.Net.Icmp;
using FlexFabricSim.Net.IPv4;
using FlexFabricSim.Net.IPv6;

namespace FlexFabricSim.Net.Stack;

/// <summary>Echo requests from the host (ICMPv4 and ICMPv6), for reachability checks in labs and scenarios.</summary>
public sealed partial class NetworkStack
{
    private readonly Dictionary<ushort, (IPAddress Target, TimeSpan SentAt, TaskCompletionSource<TimeSpan> Reply)> _pings = [];
    private readonly ushort _pingIdentifier;
    private ushort _pingSequence;

    /// <summary>Sends one echo request and returns the round-trip time, or null if no reply came within <paramref name="timeout"/>.</summary>
    /// <exception cref="SocketException">No route to <paramref name="destination"/> (NetworkUnreachable).</exception>
    public async Task<TimeSpan?> PingAsync(IPAddress destination, TimeSpan timeout, int payloadLength = 56, CancellationToken cancellationToken = default)
    {
        Scheduler.VerifyAccess();
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentOutOfRangeException.ThrowIfNegative(payloadLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(payloadLength, Options.Mtu - IPv6Header.Length - IcmpHeader.Length);
        destination = IPv6Addressing.WithoutScope(destination);
        var sequence = _pingSequence++;
        var reply = DeferredCompletion.Create<TimeSpan>();
        _pings[sequence] = (destination, Now, reply);
        try
        {
            if (!SendEchoRequest(destination, sequence, payloadLength))
            {
                throw new SocketException((int)SocketError.NetworkUnreachable);
            }

            return await reply.Task.WaitAsync(timeout, Scheduler.TimeProvider, cancellationToken);
        }
        catch (TimeoutException)
        {
            return null;
        }
        finally
        {
            _pings.Remove(sequence);
        }
    }

    private bool SendEchoRequest(IPAddress destination, ushort sequence, int payloadLength)
    {
        if (destination.AddressFamily == AddressFamily.InterNetwork)
        {
            var message = IPPayloadBuffer(IPv4Header.MinimumLength, IcmpHeader.Length + payloadLength);
            FillPattern(message[IcmpHeader.Length..]);
            IcmpHeader.Echo(IcmpType.EchoRequest, _pingIdentifier, sequence).WriteTo(message);
            return SendIPv4(_ipv4?.Address.Address ?? IPAddress.Any, destination, IPProtocol.Icmp, message.Length);
        }

        var source = SelectIPv6Source(destination);
        if (source is null)
        {
            return false;
        }

        var request = IPPayloadBuffer(IPv6Header.Length, Icmpv6Header.Length + payloadLength);
        FillPattern(request[Icmpv6Header.Length..]);
        Icmpv6Header.Echo(Icmpv6Type.EchoRequest, _pingIdentifier, sequence).WriteTo(request, source, destination);
        return SendIPv6(source, destination, IPProtocol.Icmpv6, request.Length);
    }

    private bool CompletePing(IPAddress from, ushort identifier, ushort sequence)
    {
        if (identifier != _pingIdentifier || !_pings.TryGetValue(sequence, out var ping)
            || !(ping.Target.Equals(from) || ping.Target.IsIPv6Multicast || ping.Target.Equals(IPAddress.Broadcast)))
        {
            return false;
        }

        _pings.Remove(sequence);
        Scheduler.Resolve(ping.Reply, Now - ping.SentAt);
        return true;
    }

    private static void FillPattern(Span<byte> payload)
    {
        // The same incrementing pattern ping(8) sends, so captures look familiar.
        for (var i = 0; i < payload.Length; i++)
        {
            payload[i] = (byte)i;
        }
    }
}
