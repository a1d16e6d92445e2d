using System.Net;
using System.Net.Sockets;
using FlexFabricSim.Boot.Flow;
using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Device.Nvram;
using FlexFabricSim.Net;
using FlexFabricSim.Net.Capture;
using FlexFabricSim.Net.Iscsi;
using FlexFabricSim.Net.Links;
using FlexFabricSim.Net.Stack;
using FlexFabricSim.Net.Tcp;
using NetMac = FlexFabricSim.Net.Ethernet.MacAddress;

namespace FlexFabricSim.Boot.Engine;

/// <summary>
/// The booting adapter's port on a network: the option ROM's own TCP/IP stack on a link (a lab switch port or a real
/// interface), with every frame recorded for the pcapng and the ladder. All members run on the stack's scheduler.
/// </summary>
internal sealed class AdapterPort : IDisposable
{
    private readonly MemoryStream _pcapng = new();
    private readonly PcapngWriter? _writer;
    private readonly PcapngTap? _tap;
    private readonly FrameRecorder? _recorder;
    private bool _capturing;

    /// <summary>Builds the adapter's stack on <paramref name="link"/> from the effective configuration.</summary>
    public AdapterPort(EffectiveConfiguration config, StackScheduler scheduler, IEthernetLink link, bool capture, int seed)
    {
        Link = link;
        Stack = new NetworkStack(StackOptions(config, seed), scheduler, link);
        if (capture)
        {
            _writer = new PcapngWriter(_pcapng, leaveOpen: true);
            _tap = PcapngTap.Attach(link, _writer);
            _recorder = new FrameRecorder();
            link.AddTap(_recorder);
            _capturing = true;
        }
    }

    /// <summary>The adapter's stack.</summary>
    public NetworkStack Stack { get; }

    /// <summary>The link the port is on.</summary>
    public IEthernetLink Link { get; }

    /// <summary>The frames recorded so far.</summary>
    public IReadOnlyList<CapturedFrame> Frames => _recorder?.Frames ?? [];

    /// <summary>The stack settings the NVRAM decides (SPEC: VLAN, TCP timestamps, RS count/interval, Link Up Delay, media speeds).</summary>
    public static NetworkStackOptions StackOptions(EffectiveConfiguration config, int seed) => new()
    {
        Mac = new NetMac(config.WireMac.Value),
        Name = $"adapter {config.At}",
        VlanId = config.VlanId is { } vlan ? (ushort)vlan : null,
        SupportedSpeeds = MediaSpeeds(config),
        LinkUpDelay = config.LinkUpDelay,
        EnableIPv6 = config.IpVersion == IpVersion.Ipv6,
        IPv6Autoconfiguration = config.Addressing == AddressingMode.Ipv6Autoconf,
        // A static IPv6 address goes in at start so duplicate address detection runs when the link is ready.
        IPv6Address = config.Addressing == AddressingMode.Ipv6Static && IsSet(config.Initiator.IpAddress, AddressFamily.InterNetworkV6)
            ? new IPPrefix(config.Initiator.IpAddress, config.Initiator.PrefixLength)
            : null,
        IPv6Gateway = config.Addressing == AddressingMode.Ipv6Static && IsSet(config.Initiator.DefaultGateway, AddressFamily.InterNetworkV6)
            ? config.Initiator.DefaultGateway
            : null,
        Tcp = new TcpSettings { Timestamps = config.UseTcpTimestamp },
        RandomSeed = seed,
    };

    /// <summary>What the port's medium can run at: SFP+ 10 Gb/s only (T5), backplane 1/10 Gb/s unless Link Speed forces one.</summary>
    public static LinkSpeeds MediaSpeeds(EffectiveConfiguration config) => config.ForcedLinkSpeed switch
    {
        LinkSpeed.TenGigabit => LinkSpeeds.Speed10Gbps,
        LinkSpeed.OneGigabit => LinkSpeeds.Speed1Gbps,
        _ => config.Configuration.ModelInfo.SupportedSpeeds.Aggregate(LinkSpeeds.None, (all, s) => all | ToLinkSpeeds(s)),
    };

    /// <summary>The device model's speed for a link speed the stack reports.</summary>
    public static LinkSpeed? ToLinkSpeed(LinkSpeeds speeds) => speeds.Fastest() switch
    {
        LinkSpeeds.Speed10Gbps => LinkSpeed.TenGigabit,
        LinkSpeeds.Speed1Gbps => LinkSpeed.OneGigabit,
        _ => null,
    };

    /// <summary>Opens a TCP connection on the adapter's stack for the iSCSI initiator (its <see cref="Net.Iscsi.Initiator.IscsiConnect"/>).</summary>
    public async ValueTask<Stream> ConnectAsync(IscsiPortal portal, CancellationToken cancellationToken)
    {
        if (!IPAddress.TryParse(portal.Host, out var address))
        {
            throw new IOException($"the portal {portal} is not an IP address (the ROM makes no DNS lookups)");
        }
        var connection = await Stack.ConnectTcpAsync(address, portal.Port, null, cancellationToken);
        return connection.GetStream();
    }

    /// <summary>Waits for the link to come up; returns the speed, or null and the link's reason after <paramref name="timeout"/>.</summary>
    public async Task<(LinkSpeed? Speed, string Reason)> WaitForLinkUpAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        await WaitUntilAsync(() => Stack.LinkStatus.IsUp, timeout, time, cancellationToken);
        var status = Stack.LinkStatus;
        return status.IsUp ? (ToLinkSpeed(status.Speed), "up") : (null, status.Reason ?? "down");
    }

    /// <summary>
    /// Waits until <paramref name="condition"/> holds, checking it after every event the stack raises, or until
    /// <paramref name="timeout"/>; returns whether it holds.
    /// </summary>
    public async Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (condition())
        {
            return true;
        }
        var met = new TaskCompletionSource();
        void OnEvent(object? sender, StackEvent e)
        {
            if (condition())
            {
                // Complete from a work item of its own, not inside the stack's event (no re-entrancy; see the stack's
                // DeferredCompletion): the continuation then runs on the lab in order.
                Stack.Scheduler.Post(_ => met.TrySetResult(), null);
            }
        }

        Stack.EventRaised += OnEvent;
        try
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var delay = Task.Delay(timeout, time, stop.Token);
            await Task.WhenAny(met.Task, delay);
            stop.Cancel();
            cancellationToken.ThrowIfCancellationRequested();
        }
        finally
        {
            Stack.EventRaised -= OnEvent;
        }
        return condition();
    }

    /// <summary>Stops recording; later frames (the OS's) are not part of the boot's capture.</summary>
    public void StopCapture()
    {
        if (_capturing)
        {
            Link.RemoveTap(_tap!);
            Link.RemoveTap(_recorder!);
            _writer!.Flush();
            _capturing = false;
        }
    }

    /// <summary>The capture as pcapng bytes (empty when capture was off).</summary>
    public byte[] Pcapng()
    {
        StopCapture();
        return _pcapng.ToArray();
    }

    /// <summary>Stops the stack and the capture.</summary>
    public void Dispose()
    {
        StopCapture();
        _writer?.Dispose();
        Stack.Dispose();
    }

    /// <summary>Whether an NVRAM address field holds an address of <paramref name="family"/> (not the unset 0.0.0.0 / ::).</summary>
    public static bool IsSet(IPAddress address, AddressFamily family) =>
        address.AddressFamily == family && !address.Equals(IPAddress.Any) && !address.Equals(IPAddress.IPv6Any);

    private static LinkSpeeds ToLinkSpeeds(LinkSpeed speed) => speed switch
    {
        LinkSpeed.TenGigabit => LinkSpeeds.Speed10Gbps,
        LinkSpeed.OneGigabit => LinkSpeeds.Speed1Gbps,
        _ => LinkSpeeds.None,
    };
}
