using System.Globalization;
using System.Net;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Lab;
using FlexFabricSim.Net.Links;

namespace FlexFabricSim.Net.Stack;

/// <summary>A host's own small TCP/IP stack (what the adapter's option ROM carries, uIP-like): ARP/ND, IPv4, IPv6, ICMP, UDP and TCP.</summary>
/// <remarks>
/// <para>An actor: every entry point runs on <see cref="Scheduler"/> (a <see cref="LabScheduler"/> shared by a whole lab, or an
/// <see cref="EventLoopScheduler"/> on a real interface). Call its methods from code running there (inside <c>lab.Run</c>, or
/// through <c>scheduler.InvokeAsync</c>); other threads get an <see cref="InvalidOperationException"/>.</para>
/// <para>Typical use: <c>var stack = new NetworkStack(options, scheduler, link); await stack.WaitForLinkAsync(ct);</c> then
/// <c>TcpConnection c = await stack.ConnectTcpAsync(ip, 3260, null, ct); Stream s = c.GetStream();</c> or
/// <c>TcpListener l = stack.ListenTcp(3260); var c = await l.AcceptAsync(ct);</c> or
/// <c>UdpSocket u = stack.OpenUdp(68); await u.SendToAsync(bytes, new IPEndPoint(IPAddress.Broadcast, 67), null, ct);</c>.</para>
/// <para>Bad frames never throw: each one is counted in <see cref="Counters"/> under the reason it was dropped.</para>
/// </remarks>
public sealed partial class NetworkStack : IEthernetLinkClient, IDisposable
{
    private readonly IEthernetLink _link;
    private readonly long _startTimestamp;
    private readonly Random _random;
    private readonly StackTimer _linkUpDelayTimer;
    private TaskCompletionSource _ready = DeferredCompletion.Create();

    /// <summary>Creates the stack and attaches it to <paramref name="link"/>; the link reports its status on <paramref name="scheduler"/>.</summary>
    public NetworkStack(NetworkStackOptions options, StackScheduler scheduler, IEthernetLink link)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(link);
        ValidateOptions(options);
        Options = options;
        Scheduler = scheduler;
        _tx = new byte[LinkHeaderRoom + options.Mtu];
        _link = link;
        Name = options.Name ?? options.Mac.ToString();
        _startTimestamp = scheduler.TimeProvider.GetTimestamp();
        _random = new Random(options.RandomSeed ?? Random.Shared.Next());
        _linkUpDelayTimer = new StackTimer(this, OnLinkUpDelayElapsed);
        _neighborTimer = new StackTimer(this, OnNeighborTimer);
        _routerSolicitationTimer = new StackTimer(this, OnRouterSolicitationTimer);
        _dadTimer = new StackTimer(this, OnDuplicateAddressDetectionTimer);
        _pingIdentifier = (ushort)_random.Next(1, ushort.MaxValue);
        _nextEphemeralPort = EphemeralPortFirst + _random.Next(EphemeralPortCount);
        if (options.IPv4Address is { } v4)
        {
            _ipv4 = new IPv4Configuration(v4, options.IPv4Gateway);
            _ipv4Key = NeighborKey.From(v4.Address);
        }

        if (options.EnableIPv6)
        {
            InitializeIPv6();
        }

        RebuildMulticastFilter();
        link.Attach(this);
    }

    /// <summary>The options the stack was built with.</summary>
    public NetworkStackOptions Options { get; }

    /// <summary>The stack's name in events.</summary>
    public string Name { get; }

    /// <summary>The host's MAC address.</summary>
    public MacAddress Mac => Options.Mac;

    /// <summary>The thread the stack lives on.</summary>
    public StackScheduler Scheduler { get; }

    /// <summary>The link the stack is attached to.</summary>
    public IEthernetLink Link => _link;

    /// <summary>The speeds of the host's medium.</summary>
    public LinkSpeeds SupportedSpeeds => Options.SupportedSpeeds;

    /// <summary>What happened to every frame.</summary>
    public StackCounters Counters { get; } = new();

    /// <summary>The link's last reported status.</summary>
    public LinkStatus LinkStatus { get; private set; } = LinkStatus.Down("not reported yet");

    /// <summary>Whether the link is up and the link-up delay has passed: the stack sends only then.</summary>
    public bool IsReady { get; private set; }

    /// <summary>Time since the stack was created, on its scheduler's clock.</summary>
    public TimeSpan Now => Scheduler.TimeProvider.GetElapsedTime(_startTimestamp);

    /// <summary>Raised on the scheduler for link changes, addresses, routers, and (while subscribed) every dropped frame.</summary>
    public event EventHandler<StackEvent>? EventRaised;

    internal bool IsDisposed { get; private set; }

    internal Random Random => _random;

    /// <summary>Buffer chunks for TCP connections, shared by every stack on the same scheduler (thread).</summary>
    internal Tcp.ChunkPool Chunks => Scheduler.Chunks;

    /// <summary>Completes when the link is up and the link-up delay (NVRAM Link Up Delay Time) has passed.</summary>
    public Task WaitForLinkAsync(CancellationToken cancellationToken = default)
    {
        Scheduler.VerifyAccess();
        return _ready.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Stops the stack: aborts connections, closes sockets and detaches from the link.</summary>
    public void Dispose()
    {
        if (IsDisposed)
        {
            return;
        }

        Scheduler.VerifyAccess();
        DisposeTransport();
        IsDisposed = true;
        _link.Detach(this);
        _linkUpDelayTimer.Dispose();
        _neighborTimer.Dispose();
        _routerSolicitationTimer.Dispose();
        _dadTimer.Dispose();
        Scheduler.Fail(_ready, new ObjectDisposedException(nameof(NetworkStack)));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Mac})";

    /// <summary>Called by the link on the scheduler when it goes up or down.</summary>
    void IEthernetLinkClient.OnLinkStatusChanged(LinkStatus status)
    {
        if (IsDisposed || status == LinkStatus)
        {
            return;
        }

        var wasUp = LinkStatus.IsUp;
        LinkStatus = status;
        if (status.IsUp && !wasUp)
        {
            Raise(StackEventKind.LinkUp, $"link up at {status.Speed.Describe()} on {_link.Name}");
            _linkUpDelayTimer.Arm(Options.LinkUpDelay);
        }
        else if (!status.IsUp)
        {
            Raise(StackEventKind.LinkDown, $"link down on {_link.Name}: {status.Reason}");
            _linkUpDelayTimer.Cancel();
            if (IsReady)
            {
                IsReady = false;
                _ready = DeferredCompletion.Create();
                OnLinkLost();
            }
        }
    }

    internal void Raise(StackEventKind kind, string message)
    {
        if (EventRaised is { } handler)
        {
            handler(this, new StackEvent(Scheduler.TimeProvider.GetUtcNow(), Name, kind, message));
        }
    }

    internal bool HasEventListeners => EventRaised is not null;

    private void OnLinkUpDelayElapsed()
    {
        if (!LinkStatus.IsUp || IsReady)
        {
            return;
        }

        IsReady = true;
        Raise(StackEventKind.LinkReady, Options.LinkUpDelay > TimeSpan.Zero
            ? string.Create(CultureInfo.InvariantCulture, $"sending after a link-up delay of {Options.LinkUpDelay.TotalSeconds:0.###} s")
            : "sending");
        if (Options.EnableIPv6)
        {
            StartIPv6();
        }

        Scheduler.Resolve(_ready);
    }

    private static void ValidateOptions(NetworkStackOptions options)
    {
        if (options.Mac.IsMulticast || options.Mac == MacAddress.Zero)
        {
            throw new ArgumentException($"{options.Mac} cannot be a host's MAC address (zero or group address)", nameof(options));
        }

        if (options.VlanId is { } vlan && vlan is 0 or > VlanTag.MaxVlanId)
        {
            throw new ArgumentOutOfRangeException(nameof(options), vlan, "VLAN ID must be 1-4094");
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.VlanPriority, (byte)7);
        if (options.LinkUpDelay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.LinkUpDelay, "link-up delay cannot be negative");
        }

        if (options.Mtu is < 1280 or > 9000)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Mtu, "MTU must be 1280-9000 (IPv6 needs 1280)");
        }

        if (options.IPv4Address is { } v4 && v4.Address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetwork)
        {
            throw new ArgumentException("IPv4Address must be an IPv4 address", nameof(options));
        }

        if (options.IPv6Address is { } v6 && v6.Address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            throw new ArgumentException("IPv6Address must be an IPv6 address", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(options.RouterSolicitationCount);
        ArgumentOutOfRangeException.ThrowIfNegative(options.DuplicateAddressDetectionTransmits);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.NeighborSolicitations);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.NeighborPendingLimit);
    }
}
