using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using FlexFabricSim.Net.Ethernet;

namespace FlexFabricSim.Net.Links;

/// <summary>A real Linux interface as a link: raw frames through an AF_PACKET socket (packet(7)); needs root or CAP_NET_RAW.</summary>
/// <remarks>
/// <para>The simulated host shares the interface with the kernel but has its own MAC: the socket is put in promiscuous mode
/// (membership, undone when the socket closes) so a filtering NIC passes its frames. Frames the socket itself or the kernel
/// sends are not looped back (PACKET_IGNORE_OUTGOING). VLAN tags the kernel moved out of band are put back in the frame, so the
/// stack sees the wire as it was; frames whose checksum a local sender left to offload are flagged, not dropped.</para>
/// <para>A receive thread reads frames and posts them to the attached host's scheduler; timestamps for taps are real time.</para>
/// </remarks>
public sealed partial class RawInterfaceLink : IEthernetLink, IDisposable
{
    /// <summary>Largest frame taken: a GSO/GRO super-frame of up to 64 KiB from a local peer, plus headers.</summary>
    private const int ReceiveBufferLength = 65536 + 64;

    private readonly Socket _socket;
    private readonly List<IFrameTap> _taps = [];
    private readonly object _gate = new();
    private IEthernetLinkClient? _client;
    private Thread? _receiver;
    private ITimer? _statusTimer;
    private volatile bool _stopping;

    private RawInterfaceLink(string name, int index, MacAddress mac, Socket socket, bool promiscuous)
    {
        Name = name;
        InterfaceIndex = index;
        InterfaceMac = mac;
        Promiscuous = promiscuous;
        _socket = socket;
        Status = LinkStatus.Down("nothing attached");
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The interface index.</summary>
    public int InterfaceIndex { get; }

    /// <summary>The interface's own MAC (the kernel's; the simulated host uses its own).</summary>
    public MacAddress InterfaceMac { get; }

    /// <summary>Whether the socket asked for promiscuous mode.</summary>
    public bool Promiscuous { get; }

    /// <inheritdoc />
    public LinkStatus Status { get; private set; }

    /// <inheritdoc />
    public int MaximumFrameLength => ReceiveBufferLength;

    /// <summary>Frames read from the interface.</summary>
    public long FramesReceived => Interlocked.Read(ref _framesReceived);

    /// <summary>Frames written to the interface.</summary>
    public long FramesSent => Interlocked.Read(ref _framesSent);

    /// <summary>Frames the kernel refused to send (interface down, no buffer).</summary>
    public long SendErrors => Interlocked.Read(ref _sendErrors);

    private long _framesReceived;
    private long _framesSent;
    private long _sendErrors;

    /// <summary>Opens a packet socket on <paramref name="interfaceName"/>.</summary>
    /// <exception cref="ArgumentException">No such interface.</exception>
    /// <exception cref="UnauthorizedAccessException">Not root (CAP_NET_RAW is needed).</exception>
    public static RawInterfaceLink Open(string interfaceName, bool promiscuous = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(interfaceName);
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("a raw interface link needs Linux AF_PACKET sockets");
        }

        var directory = Path.Combine("/sys/class/net", interfaceName);
        if (interfaceName.Contains('/', StringComparison.Ordinal) || !Directory.Exists(directory))
        {
            throw new ArgumentException($"there is no network interface named '{interfaceName}'", nameof(interfaceName));
        }

        var index = int.Parse(File.ReadAllText(Path.Combine(directory, "ifindex")).Trim(), CultureInfo.InvariantCulture);
        var mac = MacAddress.TryParse(File.ReadAllText(Path.Combine(directory, "address")).Trim(), out var m) ? m : MacAddress.Zero;
        Socket socket;
        try
        {
            socket = new Socket(AddressFamily.Packet, SocketType.Raw, (ProtocolType)BinaryPrimitives.ReverseEndianness(PacketEndPoint.AllProtocols));
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.AccessDenied or SocketError.OperationNotSupported)
        {
            throw new UnauthorizedAccessException($"opening a packet socket on {interfaceName} needs root (CAP_NET_RAW): {e.Message}", e);
        }

        try
        {
            socket.Bind(new PacketEndPoint(index));
            socket.SetRawSocketOption(PacketSocketInterop.SolPacket, PacketSocketInterop.PacketIgnoreOutgoing, Int32Bytes(1));
            socket.SetRawSocketOption(PacketSocketInterop.SolPacket, PacketSocketInterop.PacketAuxData, Int32Bytes(1));
            if (promiscuous)
            {
                // struct packet_mreq { int ifindex; unsigned short type, alen; unsigned char address[8]; }
                var request = new byte[16];
                BinaryPrimitives.WriteInt32LittleEndian(request, index);
                BinaryPrimitives.WriteUInt16LittleEndian(request.AsSpan(4), PacketSocketInterop.PacketMrPromisc);
                socket.SetRawSocketOption(PacketSocketInterop.SolPacket, PacketSocketInterop.PacketAddMembership, request);
            }

            // A receive timeout lets the receive thread notice Dispose.
            socket.ReceiveTimeout = 200;
            socket.SendBufferSize = 4 * 1024 * 1024;
            socket.ReceiveBufferSize = 8 * 1024 * 1024;
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return new RawInterfaceLink(interfaceName, index, mac, socket, promiscuous);
    }

    /// <inheritdoc />
    public void Attach(IEthernetLinkClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        lock (_gate)
        {
            if (_client is not null)
            {
                throw new InvalidOperationException($"{Name} already has a host attached");
            }

            ObjectDisposedException.ThrowIf(_stopping, this);
            _client = client;
        }

        _receiver = new Thread(ReceiveLoop) { IsBackground = true, Name = $"rx-{Name}" };
        _receiver.Start();
        PollStatus();
        _statusTimer = client.Scheduler.TimeProvider.CreateTimer(_ => PollStatus(), null, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(500));
    }

    /// <inheritdoc />
    public void Detach(IEthernetLinkClient client)
    {
        lock (_gate)
        {
            if (_client == client)
            {
                _client = null;
            }
        }
    }

    /// <inheritdoc />
    public void Transmit(ReadOnlySpan<byte> frame)
    {
        Tap(FrameDirection.Outbound, frame);
        try
        {
            _socket.Send(frame);
            Interlocked.Increment(ref _framesSent);
        }
        catch (SocketException)
        {
            // The interface went down or ran out of buffers: the frame is lost, as on a wire.
            Interlocked.Increment(ref _sendErrors);
        }
        catch (ObjectDisposedException)
        {
            Interlocked.Increment(ref _sendErrors);
        }
    }

    /// <inheritdoc />
    public void AddTap(IFrameTap tap)
    {
        ArgumentNullException.ThrowIfNull(tap);
        lock (_gate)
        {
            _taps.Add(tap);
        }
    }

    /// <inheritdoc />
    public void RemoveTap(IFrameTap tap)
    {
        lock (_gate)
        {
            _taps.Remove(tap);
        }
    }

    /// <summary>Stops the receive thread and closes the socket (which also ends promiscuous mode).</summary>
    public void Dispose()
    {
        if (_stopping)
        {
            return;
        }

        _stopping = true;
        _statusTimer?.Dispose();
        if (_receiver is { } receiver && receiver != Thread.CurrentThread)
        {
            receiver.Join();
        }

        _socket.Dispose();
    }

    private static byte[] Int32Bytes(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        return bytes;
    }

    private void Tap(FrameDirection direction, ReadOnlySpan<byte> frame)
    {
        IFrameTap[] taps;
        lock (_gate)
        {
            if (_taps.Count == 0)
            {
                return;
            }

            taps = [.. _taps];
        }

        var now = DateTimeOffset.UtcNow;
        var nanoseconds = (now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * 100;
        foreach (var tap in taps)
        {
            tap.OnFrame(nanoseconds, direction, frame);
        }
    }
}
