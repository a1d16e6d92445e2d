using System.Buffers.Binary;
using FlexFabricSim.Net.Ethernet;
using FlexFabricSim.Net.Lab;

namespace FlexFabricSim.Net.Links;

/// <summary>One port of a <see cref="LabSwitch"/> with its cable: the <see cref="IEthernetLink"/> a lab host attaches to.</summary>
/// <remarks>The link comes up only when a host is attached, the cable is not cut, and the host's medium shares a speed with
/// the port (an SFP+ adapter on a 1 Gb/s-only port never gets link, G p.26 T5).</remarks>
public sealed partial class LabSwitchPort : IEthernetLink
{
    /// <summary>Bytes on the wire besides the frame: preamble and SFD (8), FCS (4), inter-frame gap (12).</summary>
    private const int WireOverhead = 24;

    private readonly LabSwitch _switch;
    private readonly Random _random;
    private readonly List<IFrameTap> _taps = [];
    private readonly Stack<Flight> _flights = new();
    private IEthernetLinkClient? _client;
    private bool _cut;
    private int _cableGeneration;
    private long _towardSwitchBusyUntil;
    private long _towardHostBusyUntil;

    internal LabSwitchPort(LabSwitch owner, string name, LabPortOptions options, int seed)
    {
        _switch = owner;
        Name = name;
        Options = options;
        Faults = options.Faults;
        _random = new Random(seed);
        Status = LinkStatus.Down("nothing attached");
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The port's configuration.</summary>
    public LabPortOptions Options { get; }

    /// <summary>Faults injected from now on (both directions of this port's cable).</summary>
    public LinkFaults Faults { get; set; }

    /// <summary>What happened to frames on this port.</summary>
    public LabPortCounters Counters { get; } = new();

    /// <summary>Whether the cable is cut.</summary>
    public bool IsCut => _cut;

    /// <inheritdoc />
    public LinkStatus Status { get; private set; }

    /// <summary>A standard frame with an 802.1Q tag (1500 + 18); the lab carries no jumbo frames.</summary>
    public int MaximumFrameLength => EthernetHeader.MaximumPayloadLength + EthernetHeader.UntaggedLength + EthernetHeader.TagLength;

    /// <inheritdoc />
    public void Attach(IEthernetLinkClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (client.Scheduler != _switch.Scheduler)
        {
            throw new ArgumentException("a lab host must run on the lab switch's scheduler", nameof(client));
        }

        if (_client is not null)
        {
            throw new InvalidOperationException($"{Name} already has a host attached");
        }

        _client = client;
        UpdateStatus();
    }

    /// <inheritdoc />
    public void Detach(IEthernetLinkClient client)
    {
        if (_client == client)
        {
            _client = null;
            _cableGeneration++;
            UpdateStatus();
        }
    }

    /// <summary>Cuts the cable: the link goes down at both ends and frames on the cable are lost.</summary>
    public void Cut()
    {
        _cut = true;
        _cableGeneration++;
        UpdateStatus();
    }

    /// <summary>Mends the cable: the link comes back up if the speeds match.</summary>
    public void Reconnect()
    {
        _cut = false;
        UpdateStatus();
    }

    /// <inheritdoc />
    public void AddTap(IFrameTap tap)
    {
        ArgumentNullException.ThrowIfNull(tap);
        _taps.Add(tap);
    }

    /// <inheritdoc />
    public void RemoveTap(IFrameTap tap) => _taps.Remove(tap);

    /// <inheritdoc />
    public void Transmit(ReadOnlySpan<byte> frame)
    {
        _switch.Scheduler.VerifyAccess();
        Counters.FramesFromHost++;
        Tap(FrameDirection.Outbound, frame);
        if (!Status.IsUp)
        {
            Counters.DroppedLinkDown++;
            return;
        }

        var copy = _switch.Frames.Copy(frame);
        var departure = Serialize(ref _towardSwitchBusyUntil, frame.Length);
        Send(copy, departure, toHost: false);
    }

    /// <summary>Whether this port is a member of <paramref name="vlan"/>.</summary>
    internal bool Carries(ushort vlan) => Options.VlanMode switch
    {
        VlanMode.Access => vlan == Options.AccessVlan,
        _ => vlan == Options.NativeVlan || Options.TrunkVlans is null || Options.TrunkVlans.Contains(vlan),
    };

    /// <summary>Sends a switched frame down this port's cable toward its host, tagged as the port's VLAN mode says.</summary>
    /// <param name="frame">The frame as the switch holds it.</param>
    /// <param name="vlan">The VLAN it was switched in.</param>
    /// <param name="flood">When flooding, the batch to join (unless this port injects faults).</param>
    internal void Egress(LabFrame frame, ushort vlan, LabFloodDelivery? flood)
    {
        if (!Status.IsUp)
        {
            Counters.DroppedLinkDown++;
            return;
        }

        var tagged = Options.VlanMode == VlanMode.Trunk && vlan != Options.NativeVlan;
        var output = Retag(frame, tagged ? vlan : null);
        var departure = Serialize(ref _towardHostBusyUntil, output.Length);
        if (flood is not null && Faults.IsNone)
        {
            flood.Add(departure + VirtualClock.ToNanoseconds(Options.Latency), this, output, _cableGeneration);
            return;
        }

        Send(output, departure, toHost: true);
    }

    /// <summary>Delivers a frame of a flood batch, unless the cable was cut or the link went down meanwhile.</summary>
    internal void ArriveFromFlood(LabFrame frame, int generation)
    {
        try
        {
            if (generation != _cableGeneration || !Status.IsUp)
            {
                Counters.DroppedLinkDown++;
                return;
            }

            ArriveAtHost(frame);
        }
        finally
        {
            frame.Release();
        }
    }

    private void UpdateStatus()
    {
        LinkStatus status;
        if (_client is null)
        {
            status = LinkStatus.Down("nothing attached");
        }
        else if (_cut)
        {
            status = LinkStatus.Down("cable cut");
        }
        else if ((_client.SupportedSpeeds & Options.Speeds) == LinkSpeeds.None)
        {
            status = LinkStatus.Down(
                $"no common speed: the host's medium runs at {_client.SupportedSpeeds.Describe()}, the switch port at {Options.Speeds.Describe()}");
        }
        else
        {
            status = LinkStatus.Up((_client.SupportedSpeeds & Options.Speeds).Fastest());
        }

        if (status == Status)
        {
            return;
        }

        Status = status;
        if (!status.IsUp)
        {
            _cableGeneration++;
        }

        if (_client is { } client)
        {
            _switch.Scheduler.Post(static s =>
            {
                var (client, status) = ((IEthernetLinkClient, LinkStatus))s!;
                client.OnLinkStatusChanged(status);
            }, (client, status));
        }
    }

    /// <summary>Nanoseconds from now until the frame has left the sender: queueing behind earlier frames plus serialisation.</summary>
    private long Serialize(ref long busyUntil, int frameLength)
    {
        var now = _switch.Scheduler.Clock.Nanoseconds;
        var bits = (long)(Math.Max(frameLength, EthernetHeader.MinimumFrameLength) + WireOverhead) * 8;
        var bitsPerSecond = Math.Max(1, Status.Speed.BitsPerSecond());
        var start = Math.Max(now, busyUntil);
        busyUntil = start + (bits * 1_000_000_000 / bitsPerSecond);
        return busyUntil - now;
    }

    private LabFrame Retag(LabFrame frame, ushort? vlan)
    {
        var span = frame.Span;
        var current = LabSwitch.TagOf(span);
        if (current == vlan)
        {
            return frame.AddReference();
        }

        var untaggedLength = current is null ? span.Length : span.Length - EthernetHeader.TagLength;
        var length = Math.Max(EthernetHeader.MinimumFrameLength, untaggedLength + (vlan is null ? 0 : EthernetHeader.TagLength));
        var output = _switch.Frames.Rent(length);
        var target = output.Span;
        target.Clear();
        span[..12].CopyTo(target);
        var payload = span[(current is null ? 12 : 16)..];
        if (vlan is { } id)
        {
            BinaryPrimitives.WriteUInt16BigEndian(target[12..], (ushort)EtherType.Vlan);
            BinaryPrimitives.WriteUInt16BigEndian(target[14..], id);
            payload.CopyTo(target[16..]);
        }
        else
        {
            payload.CopyTo(target[12..]);
        }

        return output;
    }

    private void Tap(FrameDirection direction, ReadOnlySpan<byte> frame)
    {
        if (_taps.Count == 0)
        {
            return;
        }

        var now = _switch.Scheduler.Clock.UnixTimeNanoseconds;
        foreach (var tap in _taps)
        {
            tap.OnFrame(now, direction, frame);
        }
    }
}
