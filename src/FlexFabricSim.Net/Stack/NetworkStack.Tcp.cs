using System.Net;
using AddressFamily = System.Net.Sockets.AddressFamily;
using FlexFabricSim.Net.IPv4;
using FlexFabricSim.Net.IPv6;
using FlexFabricSim.Net.Tcp;

namespace FlexFabricSim.Net.Stack;

/// <summary>TCP demultiplexing: connections by four-tuple, listeners by port, resets for segments nobody owns.</summary>
public sealed partial class NetworkStack
{
    private const ushort EphemeralPortFirst = 49152;
    private const int EphemeralPortCount = 65536 - EphemeralPortFirst;

    private readonly Dictionary<TcpConnectionKey, TcpConnection> _tcpConnections = [];
    private readonly Dictionary<ushort, TcpListener> _tcpListeners = [];
    private int _nextEphemeralPort;

    /// <summary>Open TCP connections (any state but CLOSED), for diagnostics.</summary>
    public IReadOnlyCollection<TcpConnection> TcpConnections
    {
        get
        {
            Scheduler.VerifyAccess();
            return [.. _tcpConnections.Values];
        }
    }

    /// <summary>Listens on <paramref name="port"/> on every address of the host.</summary>
    /// <exception cref="InvalidOperationException">Something already listens there.</exception>
    public TcpListener ListenTcp(int port, int backlog = 128)
    {
        Scheduler.VerifyAccess();
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(port);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(port, ushort.MaxValue);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(backlog);
        if (_tcpListeners.ContainsKey((ushort)port))
        {
            throw new InvalidOperationException($"TCP port {port} already has a listener on {Name}");
        }

        var listener = new TcpListener(this, (ushort)port, backlog);
        _tcpListeners[(ushort)port] = listener;
        return listener;
    }

    /// <summary>Opens a connection (active open) and completes when it is ESTABLISHED.</summary>
    /// <exception cref="TcpException">Refused, timed out after the SYN retries, or no route.</exception>
    public async Task<TcpConnection> ConnectTcpAsync(IPAddress remoteAddress, int remotePort, TcpConnectOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        Scheduler.VerifyAccess();
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        ArgumentNullException.ThrowIfNull(remoteAddress);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(remotePort);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(remotePort, ushort.MaxValue);
        var remote = IPv6Addressing.WithoutScope(remoteAddress);
        var local = remote.AddressFamily == AddressFamily.InterNetwork ? _ipv4?.Address.Address : SelectIPv6Source(remote);
        if (local is null || !HasRoute(remote) || remote.IsIPv6Multicast || remote.Equals(IPAddress.Broadcast))
        {
            throw new TcpException(TcpError.NetworkUnreachable, $"no address or route to reach {remote} from {Name}");
        }

        var localPort = options?.LocalPort is > 0 and var chosen ? (ushort)chosen : AllocateEphemeralPort(IsTcpPortInUse);
        var key = new TcpConnectionKey(local, localPort, remote, (ushort)remotePort);
        if (_tcpConnections.ContainsKey(key))
        {
            throw new InvalidOperationException($"a connection {key} already exists");
        }

        var connection = TcpConnection.Connect(this, key, options?.Timestamps ?? Options.Tcp.Timestamps);
        if (connection.State != TcpState.Closed)
        {
            _tcpConnections[key] = connection;
        }

        using var registration = cancellationToken.UnsafeRegister(static (state, _) =>
        {
            var c = (TcpConnection)state!;
            c.Scheduler.Post(_ => c.AbortIfOpening(), null);
        }, connection);
        try
        {
            return await connection.Opened;
        }
        catch (TcpException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }

    internal void RemoveTcpConnection(TcpConnection connection)
    {
        if (_tcpConnections.TryGetValue(connection.Key, out var current) && current == connection)
        {
            _tcpConnections.Remove(connection.Key);
        }
    }

    internal void CloseTcpListener(TcpListener listener)
    {
        if (_tcpListeners.TryGetValue(listener.LocalPort, out var current) && current == listener)
        {
            _tcpListeners.Remove(listener.LocalPort);
        }
    }

    private DropReason ReceiveTcp(IPAddress source, IPAddress destination, ReadOnlySpan<byte> message, bool verifyChecksum)
    {
        var tcp = TcpHeader.Decode(message, source, destination, verifyChecksum, out var headerLength);
        var data = message[headerLength..];
        var key = new TcpConnectionKey(destination, tcp.DestinationPort, source, tcp.SourcePort);
        if (_tcpConnections.TryGetValue(key, out var connection))
        {
            return connection.OnSegment(tcp, data);
        }

        if (tcp.Has(TcpFlags.Syn) && !tcp.Has(TcpFlags.Ack) && !tcp.Has(TcpFlags.Rst)
            && _tcpListeners.TryGetValue(tcp.DestinationPort, out var listener))
        {
            if (listener.IsFull)
            {
                return DropReason.TcpListenBacklogFull;
            }

            listener.OnHalfOpen();
            var accepted = TcpConnection.Accept(this, key, listener, tcp);
            _tcpConnections[key] = accepted;
            return DropReason.None;
        }

        if (!tcp.Has(TcpFlags.Rst))
        {
            SendTcpReset(key, tcp, data.Length);
        }

        return DropReason.TcpNoConnection;
    }

    /// <summary>Answers a segment that belongs to no connection with a RST (RFC 9293 §3.10.7.1).</summary>
    internal void SendTcpReset(TcpConnectionKey key, TcpHeader segment, int dataLength)
    {
        var hasAck = segment.Has(TcpFlags.Ack);
        var segmentLength = (uint)dataLength + (segment.Has(TcpFlags.Syn) ? 1u : 0) + (segment.Has(TcpFlags.Fin) ? 1u : 0);
        var reset = new TcpHeader
        {
            SourcePort = key.LocalPort,
            DestinationPort = key.RemotePort,
            SequenceNumber = hasAck ? segment.AcknowledgmentNumber : 0,
            AcknowledgmentNumber = hasAck ? 0 : segment.SequenceNumber + segmentLength,
            Flags = hasAck ? TcpFlags.Rst : TcpFlags.Rst | TcpFlags.Ack,
        };
        var ipv4 = key.RemoteAddress.AddressFamily == AddressFamily.InterNetwork;
        var buffer = IPPayloadBuffer(ipv4 ? IPv4Header.MinimumLength : IPv6Header.Length, reset.GetEncodedLength());
        reset.WriteTo(buffer, key.LocalAddress, key.RemoteAddress);
        Counters.TcpResetsSent++;
        Counters.TcpSegmentsSent++;
        if (ipv4)
        {
            SendIPv4(key.LocalAddress, key.RemoteAddress, IPProtocol.Tcp, buffer.Length);
        }
        else
        {
            SendIPv6(key.LocalAddress, key.RemoteAddress, IPProtocol.Tcp, buffer.Length);
        }
    }

    private bool IsTcpPortInUse(ushort port)
    {
        if (_tcpListeners.ContainsKey(port))
        {
            return true;
        }

        foreach (var key in _tcpConnections.Keys)
        {
            if (key.LocalPort == port)
            {
                return true;
            }
        }

        return false;
    }

    private ushort AllocateEphemeralPort(Func<ushort, bool> inUse)
    {
        for (var i = 0; i < EphemeralPortCount; i++)
        {
            var port = (ushort)(EphemeralPortFirst + ((_nextEphemeralPort - EphemeralPortFirst + i) % EphemeralPortCount));
            if (!inUse(port))
            {
                _nextEphemeralPort = port + 1;
                return port;
            }
        }

        throw new InvalidOperationException($"no free ephemeral port on {Name}");
    }

    /// <summary>Ends every connection, listener and socket when the stack is disposed.</summary>
    private void DisposeTransport()
    {
        foreach (var connection in _tcpConnections.Values.ToList())
        {
            connection.Fail(TcpError.StackShutDown, "the network stack was shut down");
        }

        foreach (var listener in _tcpListeners.Values.ToList())
        {
            listener.Dispose();
        }

        foreach (var socket in _udpSockets.Values.ToList())
        {
            socket.Dispose();
        }
    }
}
